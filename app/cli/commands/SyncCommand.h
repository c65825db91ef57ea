#pragma once

#include "CommandLine.h"

#include <memory>

namespace taxbox::cli {

/// `taxbox-cli sync --server URL --server-user NAME`: delivers every enterprise's outbox once.
[[nodiscard]] std::unique_ptr<Command> syncCommand();

} // namespace taxbox::cli
