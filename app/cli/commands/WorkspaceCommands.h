#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// The commands on the encrypted store: workspace init, enterprise add|list|show|edit|archive|grant,
/// user add, passwd, recover, backup, restore. Passwords come from TAXBOX_PASSWORD (and
/// TAXBOX_NEW_PASSWORD, TAXBOX_RECOVERY_KEY) or, with --password-stdin, from lines of standard input;
/// never from arguments. See docs/cli.md.
[[nodiscard]] std::vector<std::unique_ptr<Command>> workspaceCommands();

} // namespace taxbox::cli
