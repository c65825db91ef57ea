#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `refund list|show|prepare|file|withdraw|discard|export` and `refund register show|save`: refund applications
/// (留抵退税, 免抵退, 误收多缴, 汇算清缴) prepared from the store, filed through the server and followed.
[[nodiscard]] std::vector<std::unique_ptr<Command>> refundCommands();

} // namespace taxbox::cli
