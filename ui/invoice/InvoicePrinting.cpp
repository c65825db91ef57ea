#include "InvoicePrinting.h"

#include "InvoiceLayout.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScrollArea>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QString settingsKey(const QString &printer)
{
    // Printer names may hold slashes; the key must stay one level under print/offset.
    return u"print/offset/"_s + QString::fromLatin1(printer.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QImage InvoicePrinting::render(const invoice::IssuedInvoice &issued, int dotsPerInch)
{
    const QSize size(qRound(print::InvoiceLayout::kWidthMm / 25.4 * dotsPerInch),
                     qRound(print::InvoiceLayout::kHeightMm / 25.4 * dotsPerInch));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    print::InvoiceLayout::paint(painter, issued, dotsPerInch);
    return image;
}

QPointF InvoicePrinting::offset(const QString &printer)
{
    return QSettings().value(settingsKey(printer), QPointF()).toPointF();
}

void InvoicePrinting::setOffset(const QString &printer, QPointF offsetMm)
{
    QSettings().setValue(settingsKey(printer), offsetMm);
}

void InvoicePrinting::preview(QWidget *parent, const invoice::IssuedInvoice &issued)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"invoicePreview"_s);
    dialog->setWindowTitle(tr("Invoice %1").arg(issued.invoice.number));
    auto *image = new QLabel;
    image->setPixmap(QPixmap::fromImage(render(issued, 110)));
    auto *scroll = new QScrollArea;
    scroll->setWidget(image);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    dialog->resize(1100, 700);
    dialog->show();
}

void InvoicePrinting::print(QWidget *parent, const invoice::IssuedInvoice &issued)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        QPageSize(QSizeF(print::InvoiceLayout::kWidthMm, print::InvoiceLayout::kHeightMm), QPageSize::Millimeter, u"数电票"_s));
    printer.setFullPage(true);
    printer.setDocName(tr("Invoice %1").arg(issued.invoice.number));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print invoice %1").arg(issued.invoice.number));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&issued](QPrinter *target) {
        QPainter painter(target);
        print::InvoiceLayout::paint(painter, issued, target->resolution(), offset(target->printerName()));
    });
    // Calibration: shift the page by whole tenths of a millimetre, remembered for this printer.
    if (auto *toolBar = dialog.findChild<QToolBar *>()) {
        QAction *calibrate = toolBar->addAction(tr("Offset…"));
        calibrate->setObjectName(u"printOffset"_s);
        QObject::connect(calibrate, &QAction::triggered, &dialog, [&dialog, &printer] {
            QDialog ask(&dialog);
            ask.setWindowTitle(tr("Printer offset"));
            auto *right = new QDoubleSpinBox;
            auto *down = new QDoubleSpinBox;
            for (QDoubleSpinBox *box : {right, down}) {
                box->setRange(-30, 30);
                box->setDecimals(1);
                box->setSingleStep(0.5);
                box->setSuffix(tr(" mm"));
            }
            const QPointF current = offset(printer.printerName());
            right->setValue(current.x());
            down->setValue(current.y());
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
            QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
            auto *form = new QFormLayout(&ask);
            form->addRow(new QLabel(tr("Move the print on %1 by:").arg(printer.printerName())));
            form->addRow(tr("Right:"), right);
            form->addRow(tr("Down:"), down);
            form->addRow(buttons);
            if (ask.exec() != QDialog::Accepted)
                return;
            setOffset(printer.printerName(), QPointF(right->value(), down->value()));
            if (auto *previewWidget = dialog.findChild<QPrintPreviewWidget *>())
                previewWidget->updatePreview();
        });
    }
    dialog.exec();
}

} // namespace taxbox::ui
