// host_hooks.cc — the hook table's storage (see host_hooks.h); nullptr outside board mode.
#include "ports/host/board/host_hooks.h"

namespace mote::board {

const HostHooks* host_hooks = nullptr;

}  // namespace mote::board
