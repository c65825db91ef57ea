#include "AboutDialog.h"

#include "AppIcon.h"

#include "Fonts.h"

#include "base/LibraryVersions.h"
#include "base/Version.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace taxbox::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Taxbox"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *name = new QLabel(tr("Taxbox 便民办税工具箱"), this);
    scaleFont(name, 1.6, Weight::Bold);
    auto *version = new QLabel(tr("Version %1").arg(QString::fromLatin1(kVersion)), this);
    auto *blurb = new QLabel(tr("A desktop toolbox for taxpayers and the accountants who serve them: invoices, filings, "
                                "tax calculations and refunds, prepared offline on an encrypted store."),
                             this);
    blurb->setWordWrap(true);

    const LibraryVersions libraries = LibraryVersions::detect();
    auto *table = new QWidget(this);
    table->setObjectName(QStringLiteral("libraryVersions"));
    auto *form = new QFormLayout(table);
    const auto addRow = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("not available") : value, table);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addRow(tr("Qt:"), libraries.qt);
    addRow(tr("SQLCipher:"),
           libraries.sqlcipher.isEmpty() ? QString() : tr("%1 (SQLite %2)").arg(libraries.sqlcipher, libraries.sqlite));
    addRow(tr("OpenSSL:"), libraries.openssl);
    addRow(tr("libcurl:"), libraries.curl);
    addRow(tr("GMP:"), libraries.gmp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(appIconPixmap(64 * devicePixelRatio()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addWidget(blurb);
    layout->addSpacing(8);
    layout->addWidget(table);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace taxbox::ui
