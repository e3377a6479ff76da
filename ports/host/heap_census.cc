// heap_census.cc — `mote -X heapcensus`: after the program ends, collects and
// prints what the live heap holds, tallied by kind of object (a diagnostic
// for finding what a program's objects cost; bench/import/heap_census.py
// diffs two runs to attribute an import's heap).
//
// Every allocation is classified by its first word: a native type from the
// list below, a class (first word &type_type), an instance of a class (first
// word a heap type). Storage an object owns in a separate allocation — a
// dict's entry table, a list's item array — is charged to a row named for
// the owner and, for dicts, for the dict's role (module globals, class
// namespace, instance __dict__, keyword-only defaults). What is left is
// "other" (qstr pools, caches, compiler or loader data), split leaf/non-leaf.
// Host-only, run once at exit, so it uses the C++ library freely.
#include "ports/host/heap_census.h"

#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/gc.h"
#include "vm/runtime.h"

namespace mote {

namespace {

struct Allocation {
  void* p;
  size_t bytes;
  bool leaf;
  std::string kind;  // empty: not classified yet
};

struct Row {
  size_t count = 0;
  size_t bytes = 0;
};

void collect_allocation(void* ctx, void* p, size_t bytes, bool leaf) {
  static_cast<std::vector<Allocation>*>(ctx)->push_back({p, bytes, leaf, {}});
}

const Type* const kNativeTypes[] = {
    &str_type,      &bytes_type,    &bytearray_type, &tuple_type,    &list_type,
    &dict_type,     &set_type,      &frozenset_type, &float_type,    &int_type,
    &function_type, &cell_type,     &code_type,      &module_type,   &bound_method_type,
    &property_type, &super_type,    &range_type,     &slice_type,    &generator_type,
    &static_method_type, &class_method_type, &native_function_type, &traceback_type,
};

class Census {
 public:
  explicit Census(Vm& vm) {
    gc_for_each_allocation(vm, collect_allocation, &all_);
    for (size_t i = 0; i < all_.size(); ++i) index_[all_[i].p] = i;
  }

  void run() {
    for (Allocation& a : all_) classify_object(a);
    for (Allocation& a : all_) charge_owned(a);
    for (Allocation& a : all_) {
      if (a.kind == "dict") charge(static_cast<Dict*>(a.p)->entries, "dict table: other");
    }
    for (Allocation& a : all_) {
      if (a.kind.empty()) a.kind = a.leaf ? "other (leaf)" : "other";
      Row& r = rows_[a.kind];
      ++r.count;
      r.bytes += a.bytes;
    }
  }

  void print(FILE* out) const {
    size_t total = 0;
    for (const auto& [kind, r] : rows_) {
      fprintf(out, "heapcensus %-40s %7zu %9zu\n", kind.c_str(), r.count, r.bytes);
      total += r.bytes;
    }
    fprintf(out, "heapcensus %-40s %7zu %9zu\n", "TOTAL", all_.size(), total);
  }

 private:
  Allocation* find(const void* p) {
    auto it = index_.find(p);
    return it == index_.end() ? nullptr : &all_[it->second];
  }

  static bool is_native_type(const void* t) {
    for (const Type* n : kNativeTypes) {
      if (n == t) return true;
    }
    return false;
  }

  void classify_object(Allocation& a) {
    if (a.bytes < sizeof(void*)) return;
    const void* t = *static_cast<void* const*>(a.p);
    if (t == &type_type) {
      a.kind = "class (HeapType)";
    } else if (is_native_type(t)) {
      a.kind = std::string(type_name(static_cast<const Type*>(t)));
      if (t == &function_type) a.kind = "function";
    } else if (Allocation* ta = find(t); ta && *static_cast<void* const*>(ta->p) == &type_type) {
      const Type* cls = static_cast<const Type*>(t);
      a.kind = cls->flags & kTypeException ? "instance (exception class)" : "instance (class)";
    }
  }

  // Charges an allocation `p` owned by an object to row `kind` (if it is
  // not itself an object).
  void charge(const void* p, const char* kind) {
    Allocation* a = find(p);
    if (a && a->kind.empty()) a->kind = kind;
  }

  // A dict's role, from who refers to it; its table is charged to that role.
  void charge_dict(Dict* d, const char* role) {
    if (!d) return;
    if (Allocation* a = find(d)) {
      if (a->kind == "dict") a->kind = std::string("dict: ") + role;
    }
    charge(d->entries, (std::string("dict table: ") + role).c_str());
  }

  void charge_owned(Allocation& a) {
    const void* t = *static_cast<void* const*>(a.p);
    if (a.kind == "module") {
      charge_dict(static_cast<Module*>(a.p)->globals, "module globals");
    } else if (a.kind == "class (HeapType)") {
      charge_dict(static_cast<HeapType*>(a.p)->dict, "class namespace");
    } else if (a.kind == "function") {
      auto* f = static_cast<Function*>(a.p);
      if (f->extra && !f->extra->type) charge(f->extra, "function extra");
      Value kw = function_kwdefaults(f);
      if (kw.is_object() && kw.as_object()->type == &dict_type) charge_dict(kw.as<Dict>(), "kwdefaults");
      charge_dict(function_attrs(f), "function __dict__");
    } else if (a.kind.rfind("instance", 0) == 0) {
      uint16_t off = static_cast<const Type*>(t)->dict_offset;
      if (off) charge_dict(*reinterpret_cast<Dict**>(static_cast<char*>(a.p) + off), "instance __dict__");
    } else if (a.kind == "list") {
      charge(static_cast<List*>(a.p)->items, "list items");
    }
  }

  std::vector<Allocation> all_;
  std::unordered_map<const void*, size_t> index_;
  std::map<std::string, Row> rows_;
};

}  // namespace

void print_heap_census(Vm& vm, FILE* out) {
  gc_collect(vm);
  Census census(vm);
  census.run();
  census.print(out);
}

}  // namespace mote
