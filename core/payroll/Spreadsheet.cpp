#include "Spreadsheet.h"

#include "base/StrictJson.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::payroll {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::unexpected<Error> tooLarge(const QString &path, const QString &what)
{
    return fail(u"input_too_large"_s, Spreadsheet::tr("%1 is too large to import: %2.").arg(native(path), what), u"file"_s);
}

std::unexpected<Error> unreadable(const QString &path, const QString &why)
{
    return fail(u"input_unreadable"_s, Spreadsheet::tr("%1 cannot be read: %2.").arg(native(path), why), u"file"_s);
}

QString megabytes(qint64 bytes)
{
    return Spreadsheet::tr("%1 MB").arg(bytes / (1024 * 1024));
}

/// One part of the package, read in pieces and never beyond the limit, whatever its header declares
/// (a zip bomb declares small sizes and inflates without end).
Result<std::optional<QByteArray>> zipEntry(QuaZip &zip, const QString &name, const QString &path)
{
    if (!zip.setCurrentFile(name))
        return std::optional<QByteArray>();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, Spreadsheet::tr("the part %1 is damaged").arg(name));
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = file.read(buffer, sizeof buffer);
        if (got < 0)
            return unreadable(path, Spreadsheet::tr("the part %1 is damaged").arg(name));
        if (got == 0)
            break;
        if (bytes.size() + got > Spreadsheet::kMaxXmlPartBytes)
            return tooLarge(
                path, Spreadsheet::tr("the part %1 unpacks to more than %2").arg(name, megabytes(Spreadsheet::kMaxXmlPartBytes)));
        bytes.append(buffer, got);
    }
    if (file.getZipError() != UNZ_OK)
        return unreadable(path, Spreadsheet::tr("the part %1 is damaged").arg(name));
    return std::optional<QByteArray>(std::move(bytes));
}

/// "C12" → column index 2; -1 when the reference has no letters or names a column beyond the limit.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < u'A' || (c > u'Z' && c < u'a') || c > u'z')
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
        if (column > Spreadsheet::kMaxColumns)
            return Spreadsheet::kMaxColumns;
    }
    return column - 1;
}

Result<QList<QStringList>> readXlsx(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(u"input_unreadable"_s, Spreadsheet::tr("%1 is not an XLSX workbook.").arg(native(path)), u"file"_s);
    QStringList shared;
    auto strings = zipEntry(zip, u"xl/sharedStrings.xml"_s, path);
    if (!strings)
        return std::unexpected(strings.error());
    if (*strings) {
        QXmlStreamReader xml(**strings);
        QString current;
        bool inItem = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == u"t" && inItem) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"si") {
                if (shared.size() >= Spreadsheet::kMaxCells)
                    return tooLarge(path, Spreadsheet::tr("more than %1 texts").arg(Spreadsheet::kMaxCells));
                shared.append(current);
                inItem = false;
            }
        }
        if (xml.hasError())
            return unreadable(path, xml.errorString());
    }
    auto sheet = zipEntry(zip, u"xl/worksheets/sheet1.xml"_s, path);
    if (!sheet)
        return std::unexpected(sheet.error());
    if (!*sheet)
        return fail(u"input_unreadable"_s, Spreadsheet::tr("%1 has no first worksheet.").arg(native(path)), u"file"_s);
    const QString rowLimit = Spreadsheet::tr("more than %1 rows").arg(Spreadsheet::kMaxRows);
    const QString columnLimit = Spreadsheet::tr("more than %1 columns").arg(Spreadsheet::kMaxColumns);
    QList<QStringList> rows;
    QXmlStreamReader xml(**sheet);
    QStringList row;
    qint64 cells = 0;
    QString type;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            // A row number is checked before the empty rows in front of it are made.
            bool numbered = false;
            const qint64 number = xml.attributes().value(u"r"_s).toLongLong(&numbered);
            if (numbered && number > Spreadsheet::kMaxRows)
                return tooLarge(path, rowLimit);
            while (numbered && rows.size() + 1 < number) // empty rows keep their place, so row numbers match the file
                rows.append(QStringList());
            row.clear();
        } else if (xml.isEndElement() && xml.name() == u"row") {
            if (rows.size() >= Spreadsheet::kMaxRows)
                return tooLarge(path, rowLimit);
            rows.append(row);
        } else if (xml.isStartElement() && xml.name() == u"c") {
            type = xml.attributes().value(u"t"_s).toString();
            const auto reference = xml.attributes().value(u"r"_s);
            column = reference.isEmpty() ? static_cast<int>(row.size()) : columnOf(reference);
            if (column >= Spreadsheet::kMaxColumns)
                return tooLarge(path, columnLimit);
        } else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t")) {
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            cells += std::max<qint64>(1, column + 1 - row.size());
            if (cells > Spreadsheet::kMaxCells)
                return tooLarge(path, Spreadsheet::tr("more than %1 cells").arg(Spreadsheet::kMaxCells));
            while (row.size() < column)
                row.append(QString());
            row.append(type == u"s" ? shared.value(value.toInt()) : value);
        }
    }
    if (xml.hasError())
        return fail(u"input_unreadable"_s, Spreadsheet::tr("%1 is damaged: %2").arg(native(path), xml.errorString()), u"file"_s);
    return rows;
}

} // namespace

Result<QList<QStringList>> Spreadsheet::parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    int line = 1; // the file's line, counting line breaks inside quoted cells too
    int quoteLine = 0;
    qint64 cells = 0;
    const auto endCell = [&]() -> Result<void> {
        if (row.size() >= kMaxColumns)
            return fail(u"input_too_large"_s, tr("Line %1 has more than %2 columns.").arg(line).arg(kMaxColumns), u"file"_s);
        if (++cells > kMaxCells)
            return fail(u"input_too_large"_s, tr("The file has more than %1 cells.").arg(kMaxCells), u"file"_s);
        row.append(cell);
        cell.clear();
        return {};
    };
    const auto endRow = [&]() -> Result<void> {
        if (auto ended = endCell(); !ended)
            return ended;
        if (rows.size() >= kMaxRows)
            return fail(u"input_too_large"_s, tr("The file has more than %1 rows.").arg(kMaxRows), u"file"_s);
        rows.append(row);
        row.clear();
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
        } else if (c == u',') {
            if (auto ended = endCell(); !ended)
                return std::unexpected(ended.error());
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (auto ended = endRow(); !ended)
                return std::unexpected(ended.error());
            ++line;
        } else {
            cell += c;
        }
    }
    if (quoted)
        return fail(u"unterminated_quote"_s,
                    tr("The quotation mark opened on line %1 is never closed: everything after it would be read as one "
                       "cell. Close the quote or remove it.")
                        .arg(quoteLine),
                    u"file"_s);
    if (!cell.isEmpty() || !row.isEmpty()) {
        if (auto ended = endRow(); !ended)
            return std::unexpected(ended.error());
    }
    return rows;
}

Result<QList<QStringList>> Spreadsheet::read(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > kMaxFileBytes)
        return tooLarge(path, tr("larger than %1").arg(megabytes(kMaxFileBytes)));
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return readXlsx(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"input_unreadable"_s, tr("Cannot read %1: %2").arg(native(path), file.errorString()), u"file"_s);
    // Read no more than the limit even when the file grows (or is a pipe) after the check above.
    QByteArray bytes = readAtMost(file, kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(path, tr("larger than %1").arg(megabytes(kMaxFileBytes)));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        // Excel on Chinese Windows saves CSV in GB18030 (GBK).
        QStringDecoder gb("GB18030");
        if (!gb.isValid())
            return fail(u"input_unreadable"_s, tr("%1 is not UTF-8 and this build cannot read GB18030.").arg(path), u"file"_s);
        text = gb(bytes);
        if (gb.hasError())
            return fail(u"input_unreadable"_s, tr("%1 is neither UTF-8 nor GB18030 text.").arg(native(path)), u"file"_s);
    }
    auto rows = parseCsv(text);
    if (!rows)
        return std::unexpected(Error{rows.error().code, native(path) + u": "_s + rows.error().message, rows.error().field});
    return rows;
}

Result<void> Spreadsheet::writeCsv(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"output_unwritable"_s, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    u"out"_s);
    file.write("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n');
            cells << (quote ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
        }
        file.write(cells.join(u',').toUtf8() + "\r\n");
    }
    if (!file.commit())
        return fail(u"output_unwritable"_s, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    u"out"_s);
    return {};
}

Result<void> Spreadsheet::writeXlsx(const QString &path, const QString &sheet, const QList<QStringList> &rows,
                                    const QList<int> &numericColumns)
{
    return writeXlsx(path, {Sheet{sheet, rows, numericColumns, 1}});
}

Result<void> Spreadsheet::writeXlsx(const QString &path, const QList<Sheet> &sheets)
{
    // A minimal SpreadsheetML package written with QuaZip. libxlsxwriter cannot share a process with
    // QuaZip: both export minizip's zipOpen3 & co., and libxlsxwriter ends up calling QuaZip's
    // QIODevice-based version (a crash). See docs/architecture.md.
    const auto escape = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    const auto cellName = [](int row, int column) {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    };
    QList<std::pair<QString, QByteArray>> files;
    QByteArray overrides;
    QByteArray workbookSheets;
    QByteArray relationships;
    for (qsizetype index = 0; index < sheets.size(); ++index) {
        const Sheet &sheet = sheets.at(index);
        const QByteArray number = QByteArray::number(index + 1);
        const QByteArray frozen = QByteArray::number(std::max(1, sheet.headerRows));
        QByteArray data = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\""
            + frozen + "\" topLeftCell=\"A" + QByteArray::number(std::max(1, sheet.headerRows) + 1)
            + "\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>";
        for (int r = 0; r < sheet.rows.size(); ++r) {
            data += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            const QStringList &row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QByteArray reference = cellName(r, c).toLatin1();
                bool isNumber = false;
                row.at(c).toDouble(&isNumber);
                if (r >= sheet.headerRows && isNumber && sheet.numericColumns.contains(c)) {
                    // The decimal text itself goes into the file, so no binary rounding is introduced.
                    data += "<c r=\"" + reference + "\" s=\"2\"><v>" + row.at(c).toLatin1() + "</v></c>";
                } else if (!row.at(c).isEmpty()) {
                    data += "<c r=\"" + reference + "\" t=\"inlineStr\"" + (r < sheet.headerRows ? " s=\"1\"" : "") + "><is><t>"
                        + escape(row.at(c)) + "</t></is></c>";
                }
            }
            data += "</row>";
        }
        data += "</sheetData></worksheet>";
        files.append({u"xl/worksheets/sheet%1.xml"_s.arg(index + 1), data});
        overrides += "<Override PartName=\"/xl/worksheets/sheet" + number
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbookSheets
            += "<sheet name=\"" + escape(sheet.name.left(31)) + "\" sheetId=\"" + number + "\" r:id=\"rId" + number + "\"/>";
        relationships += "<Relationship Id=\"rId" + number
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + number + ".xml\"/>";
    }
    const QByteArray stylesId = "rId" + QByteArray::number(sheets.size() + 1);
    files.append(
        {{u"[Content_Types].xml"_s,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
          "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + overrides
              + "<Override PartName=\"/xl/styles.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"},
         {u"_rels/.rels"_s,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"xl/workbook.xml\"/></Relationships>"},
         {u"xl/workbook.xml"_s,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
              + workbookSheets + "</sheets></workbook>"},
         {u"xl/_rels/workbook.xml.rels"_s,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + relationships + "<Relationship Id=\"" + stylesId
              + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                "Target=\"styles.xml\"/></Relationships>"},
         {u"xl/styles.xml"_s,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
          "formatCode=\"#,##0.00\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz "
          "val=\"11\"/><name val=\"等线\"/></font></fonts><fills count=\"1\"><fill><patternFill "
          "patternType=\"none\"/></fill></fills>"
          "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\"><xf/>"
          "<xf fontId=\"1\" applyFont=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"}});

    const QString partial = path + u".partial"_s;
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return fail(u"output_unwritable"_s, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), u"out"_s);
        for (const auto &[name, bytes] : files) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size()) {
                zip.close();
                QFile::remove(partial);
                return fail(u"output_unwritable"_s, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), u"out"_s);
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            QFile::remove(partial);
            return fail(u"output_unwritable"_s, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), u"out"_s);
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(u"output_unwritable"_s, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), u"out"_s);
    return {};
}

} // namespace taxbox::payroll
