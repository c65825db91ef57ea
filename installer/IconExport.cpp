// Writes Taxbox's icon (ui/AppIcon: painted, no image files) as PNGs for the hicolor theme the packages install:
// taxbox-icons OUTDIR SIZE… → OUTDIR/SIZE/cn.taxbox.Taxbox.png and OUTDIR/taxbox.ico. Run at build time under the
// offscreen platform.
#include "AppIcon.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: taxbox-icons OUTDIR SIZE...\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    for (const QString &text : arguments.mid(2)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 16 || size > 1024 || !QDir().mkpath(out.filePath(text))) {
            std::fprintf(stderr, "taxbox-icons: cannot write size %s\n", qPrintable(text));
            return 1;
        }
        if (!taxbox::ui::appIconPixmap(size).save(out.filePath(text + QStringLiteral("/cn.taxbox.Taxbox.png")), "PNG"))
            return 1;
    }
    // The Windows installer's and uninstaller's icon.
    if (!taxbox::ui::appIconPixmap(256).save(out.filePath(QStringLiteral("taxbox.ico")), "ICO")) {
        std::fprintf(stderr, "taxbox-icons: cannot write taxbox.ico (Qt's ico image plugin)\n");
        return 1;
    }
    return 0;
}
