#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `payroll employee add|list`, `payroll template`, `payroll import`, `payroll run`, `payroll close`,
/// `payroll reopen`, `payroll export`. See docs/cli.md.
[[nodiscard]] std::vector<std::unique_ptr<Command>> payrollCommands();

} // namespace taxbox::cli
