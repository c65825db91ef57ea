#pragma once

#include "ToolPage.h"

#include "refund/DepartureRefund.h"

#include <QTranslator>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace taxbox::ui {

/// 离境退税辅助: an overseas traveller's own tool, at a desk or a kiosk. They pick their language, enter
/// (or scan the QR codes of) their invoices, and see what is refundable and why not, the money to expect,
/// the documents to carry and the steps at the store, at customs and at the counter; for 即买即退 the date
/// by which to leave. No account and no store: nothing is kept, and clear() (also on idle at a kiosk)
/// forgets everything. Its strings and guide come in six languages (traveller_*.ts), installed above
/// the app's own catalogue while the page is shown.
class TravellerRefundPage : public ToolPage
{
    Q_OBJECT
public:
    /// The traveller's languages, in the order of the language bar.
    static const QStringList &languages(); ///< "zh_CN", "zh_TW", "en", "ja", "ko", "ru"
    /// The language's own name ("日本語").
    static QString languageName(const QString &code);

    explicit TravellerRefundPage(QWidget *parent = nullptr);
    ~TravellerRefundPage() override;

    QString title() const override;
    QString description() const override;
    QChar glyph() const override { return QChar(0x9000); } // 退
    QColor accent() const override { return QColor(0x00, 0x7a, 0x87); }

    /// Installs the traveller's language for the page (and only the page's strings).
    bool setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_language; }
    /// Kiosk: large type, no fee field, no way out but "New traveller".
    void setKioskMode(bool kiosk);
    /// Forgets every entry and result (the next traveller starts from nothing).
    void clear();
    /// Adds a purchase from a 数电票 QR payload (what a barcode gun types); false with the reason shown.
    bool addFromQr(const QString &payload);
    /// The current answer, if the entries give one.
    [[nodiscard]] const std::optional<refund::DepartureAnswer> &answer() const { return m_answer; }
    /// Writes the one-page summary in the traveller's language with the Chinese terms beside.
    bool writeSummaryPdf(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addRow();
    void removeRow();
    void recompute();
    void retranslate();
    void printSummary();
    [[nodiscard]] QJsonObject request() const;
    /// The reasons, the documents, the steps and the guidance note (in `noteFormat`), as the screen and the
    /// printed summary both show them, for the current answer.
    [[nodiscard]] QString guideHtml(const QList<refund::Reason> &reasons, const QString &noteFormat) const;
    void installTranslator();
    void removeTranslator();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    bool m_translatorInstalled = false;
    bool m_kiosk = false;
    bool m_returnToScan = false; ///< after a scan, the store's name, then the scanner again
    QList<QPushButton *> m_languageButtons;
    QLabel *m_intro;
    QLabel *m_entryLabel;
    QLineEdit *m_entry;
    QLabel *m_departureLabel;
    QLineEdit *m_departure;
    QLabel *m_documentLabel;
    QComboBox *m_document;
    QCheckBox *m_instant;
    QLabel *m_scanLabel;
    QLineEdit *m_scan;
    QTableWidget *m_purchases;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QPushButton *m_print;
    QLabel *m_error;
    QLabel *m_net;
    QLabel *m_money;
    QTextBrowser *m_details;
    std::optional<refund::DepartureAnswer> m_answer;
    std::optional<refund::DepartureClaim> m_claim;
};

} // namespace taxbox::ui
