#pragma once

#include "ToolPage.h"

#include "square/PluginStore.h"
#include "square/SquareClient.h"

#include <functional>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace taxbox::auth {
class Session;
}

namespace taxbox::ui {

/// 应用广场: the firm's square (through the server 数据同步 is signed in to) — browse by category, search (names,
/// keywords, pinyin initials), each package's permissions and publisher, updates waiting, download with progress
/// (resumed when it broke off, checked against the catalogue's SHA-256); the installed plugins and content packs
/// with their state and errors, enable, disable, remove; "Install from file…" for offline installs. Either way the
/// package is shown as verified — who published it, what it is, each permission it asks for in words, to tick —
/// and only what the person grants is installed. A package that fails a check shows the reason.
class SquarePage : public ToolPage
{
    Q_OBJECT
public:
    explicit SquarePage(QWidget *parent = nullptr);
    ~SquarePage() override;

    [[nodiscard]] QString title() const override { return tr("App square"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Plugins and content packs, reviewed by the square and checked before they are installed: what each may "
                  "do, updates, and their state.");
    }
    [[nodiscard]] QChar glyph() const override { return u'广'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x45, 0x5A, 0x64); }

    void setSession(auth::Session *session);
    /// How the page reaches the firm's square: the server and sign-in answer of 数据同步, while signed in.
    struct ServerAccess
    {
        sync::SyncClient::Options options;
        QJsonObject login;
    };
    void setServerAccess(std::function<std::optional<ServerAccess>()> access) { m_access = std::move(access); }
    /// Reads the square's catalogue in the background (catalogueFinished when done); pins the server's square
    /// key and keeps its revocation list first.
    void refreshCatalogue();
    /// Downloads the chosen catalogue entry in the background with progress, then previews it for the grants
    /// (downloadFinished when done).
    void getSelected();
    bool selectCatalogue(const QString &id);
    [[nodiscard]] int updatesWaiting() const { return m_updates; }
    /// What starting the plugins found: why some could not open, what content packs put in force.
    void setRuntimeNotes(const QHash<QString, QString> &errors, const QHash<QString, QString> &contentNotes);
    /// The keys, revocation list and versions packages are checked against (tests give their own square key).
    void setContext(const square::Package::Context &context);
    /// Verifies `path` and shows it with its permissions to grant (as "Install from file…" does after the dialog).
    Result<square::PackageManifest> preview(const QString &path);
    /// Installs the previewed package with the permissions ticked.
    Result<square::InstalledPlugin> installPreviewed();
    Result<void> removeSelected();
    Result<void> setSelectedEnabled(bool enabled);
    bool select(const QString &id);
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Installed, updated, removed, enabled or disabled: the home's tools may change.
    void pluginsChanged();
    void catalogueFinished(bool ok);
    void downloadFinished(bool ok);
    /// The screenshots of the package shown on the right are in place (`count` of them, checked and decoded).
    void screenshotsShown(int count);

protected:
    void changeEvent(QEvent *event) override;
    /// Opened while signed in to the server and nothing read yet: the square is read at once.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void report(const Error &error);
    [[nodiscard]] QString selectedId() const;
    [[nodiscard]] QString root() const;
    void showCatalogue();
    void updateGetButton();
    [[nodiscard]] const square::CatalogueEntry *selectedEntry() const;
    void reloadContext();
    /// Shows the catalogue entry chosen on the right; its screenshots follow from the square in the background.
    void showEntry(const square::CatalogueEntry &entry);
    /// Adds decoded screenshots to the package view's document (as taxbox-shot:/ID/N) and returns the HTML showing them.
    QString screenshotsHtml(const QString &id, const QList<QByteArray> &images);

    auth::Session *m_session = nullptr;
    square::Package::Context m_context;
    QString m_previewPath;
    std::optional<square::PackageManifest> m_previewed;

    QLabel *m_installedLabel;
    QTableWidget *m_installed;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_remove;
    QPushButton *m_fromFile;
    QTextBrowser *m_package;
    QLabel *m_permissionsLabel;
    QListWidget *m_permissions;
    QPushButton *m_install;
    QLabel *m_error;

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_category;
    QPushButton *m_refreshCatalogue;
    QTableWidget *m_catalogue;
    QPushButton *m_get;
    QProgressBar *m_progress;
    QLabel *m_catalogueState;
    std::function<std::optional<ServerAccess>()> m_access;
    QList<square::CatalogueEntry> m_entries; ///< the newest version of each package, as the square listed them
    QHash<QString, QString> m_installedVersions;
    QHash<QString, QString> m_runtimeErrors;
    QHash<QString, QString> m_contentNotes;
    int m_updates = 0;
    bool m_busy = false;
};

} // namespace taxbox::ui
