#pragma once

#include "TablePdf.h"
#include "filing/FilingExport.h"

namespace taxbox::print {

/// A return's tables as pages: one TableDocument per table of the form, numbered as a Chinese return is
/// (第 1 页，共 N 页). What the PDF export (CLI and desktop) and printing all paint.
[[nodiscard]] Result<QList<TableDocument>> returnPages(const filing::FilingExport &exporter);

} // namespace taxbox::print
