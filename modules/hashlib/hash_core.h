// hash_core.h — the Merkle–Damgård hashes of hashlib (SHA-256, SHA-1, MD5) over one shared
// state layout: eight 32-bit chaining words, a 64-byte block buffer and a byte count. The
// algorithms differ only in the compression function, the initial words, the byte order of
// words and length, and the digest size, which HashAlgo describes.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote::hashlib {

struct HashState {
  uint32_t h[8];
  uint64_t total;     // bytes hashed so far
  uint8_t block[64];  // pending input
  uint32_t fill;      // bytes in block
};

struct HashAlgo {
  const char* name;
  uint8_t digest_size;
  bool big_endian;  // word and length byte order (SHA: big; MD5: little)
  uint32_t init[8];
  void (*compress)(uint32_t* h, const uint8_t* block);
};

extern const HashAlgo kSha256;
extern const HashAlgo kSha1;
extern const HashAlgo kMd5;

void hash_init(const HashAlgo& algo, HashState* s);
void hash_update(const HashAlgo& algo, HashState* s, const uint8_t* data, size_t len);
// Writes the digest of what was hashed so far into out (digest_size bytes); `s` is unchanged.
void hash_digest(const HashAlgo& algo, const HashState& s, uint8_t* out);

}  // namespace mote::hashlib
