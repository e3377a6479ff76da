// heap_census.h — `mote -X heapcensus`: a tally of the live heap by kind of
// object, printed when the program ends (heap_census.cc).
#pragma once

#include <cstdio>

namespace mote {

class Vm;

// Collects, then prints one line per kind: "heapcensus <kind> <count> <bytes>".
void print_heap_census(Vm& vm, FILE* out);

}  // namespace mote
