// A long return on paper, read back by an outside reader (poppler's pdftotext), not by Taxbox: every
// identity number and amount comes out whole, the header is on every page, and every page is numbered.

#include "TablePdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestTablePdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aLongReturnKeepsEveryFigureWholeOnNumberedPages();
};

void TestTablePdf::aLongReturnKeepsEveryFigureWholeOnNumberedPages()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps-debian.sh --with-test-tools installs it");
    print::TableDocument document;
    document.title = u"个人所得税扣缴申报表（工资薪金）"_s;
    document.subtitleLines = {u"扣缴义务人：福州闽江贸易有限公司   统一社会信用代码：91350100M000100Y43"_s, u"所属期：2026-12"_s};
    // The 22 columns of the withholding return, with wide figures in every one.
    QStringList header{u"序号"_s, u"姓名"_s, u"证件类型"_s, u"证件号码"_s};
    for (int c = 4; c < 22; ++c)
        header.append(u"累计专项附加扣除%1"_s.arg(c));
    document.rows.append(header);
    QStringList ids;
    for (int r = 1; r <= 70; ++r) {
        const QString id = u"11010519491231%1"_s.arg(r, 4, 10, QLatin1Char('0'));
        ids.append(id);
        QStringList row{QString::number(r), u"欧阳娜娜"_s, u"居民身份证"_s, id};
        for (int c = 4; c < 22; ++c)
            row.append(u"%1.%2"_s.arg(1000000 + r * 1000 + c).arg(r % 100, 2, 10, QLatin1Char('0')));
        document.rows.append(row);
    }
    for (int c = 4; c < 22; ++c)
        document.rightAligned.append(c);
    document.pageLabel = u"第 %1 页，共 %2 页"_s;

    QTemporaryDir dir;
    const QString path
        = qEnvironmentVariableIsSet("TAXBOX_KEEP_PDF") ? qEnvironmentVariable("TAXBOX_KEEP_PDF") : dir.filePath(u"return.pdf"_s);
    QVERIFY(print::writeTablePdf(document, path));
    QProcess reader;
    reader.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QString text = QString::fromUtf8(reader.readAllStandardOutput());
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages.at(p).contains(u"证件号码"_s), qPrintable(u"page %1 has no header"_s.arg(p + 1)));
        QVERIFY(pages.at(p).contains(u"第 %1 页，共 %2 页"_s.arg(p + 1).arg(pages.size())));
    }
    for (const QString &id : std::as_const(ids))
        QVERIFY2(text.contains(id), qPrintable(id)); // never broken across lines
    // The text layer holds the ideographs themselves (not look-alike Kangxi radicals) and a credit code
    // whole, digits beside letters included.
    QVERIFY2(text.contains(u"居民身份证"_s) && text.contains(u"个人所得税"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"91350100M000100Y43"_s), qPrintable(text.left(400)));
    for (int r = 1; r <= 70; r += 23)
        QVERIFY(text.contains(u"%1.%2"_s.arg(1000000 + r * 1000 + 21).arg(r % 100, 2, 10, QLatin1Char('0'))));
}

QTEST_MAIN(TestTablePdf)
#include "TestTablePdf.moc"
