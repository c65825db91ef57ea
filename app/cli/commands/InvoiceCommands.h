#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `invoice issue|import|list|show|export|verify|void` and `invoice red request|list|confirm|issue`.
[[nodiscard]] std::vector<std::unique_ptr<Command>> invoiceCommands();

} // namespace taxbox::cli
