#pragma once

#include "ToolPage.h"

#include "square/PluginStore.h"

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace taxbox::auth {
class Session;
}

namespace taxbox::ui {

/// 应用广场 (for now: packages from files): the installed plugins and content packs with their state and
/// errors, enable, disable, remove; "Install from file…" shows the package as verified — who published it, what
/// it is, each permission it asks for in words, to tick — and installs only what the person grants. A package
/// that fails a check is shown with the reason and cannot be installed.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void report(const Error &error);
    [[nodiscard]] QString selectedId() const;
    [[nodiscard]] QString root() const;

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
};

} // namespace taxbox::ui
