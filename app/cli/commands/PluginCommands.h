#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `plugin verify|install|list|remove|enable|disable`: app-square packages in the workspace (docs/plugins.md).
[[nodiscard]] std::vector<std::unique_ptr<Command>> pluginCommands();

} // namespace taxbox::cli
