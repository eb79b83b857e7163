#pragma once
// Process set-up shared by malkoll and malkoll-cli, run before the Q*Application exists.

namespace malkoll {

// Gives Qt the private runtime folder it would pick itself when XDG_RUNTIME_DIR is unset (root
// shells, CI), so that no warning is printed on every start.
void prepareRuntimeEnvironment();

} // namespace malkoll
