#include "SquarePage.h"

#include "ErrorLabel.h"
#include "auth/Workspace.h"
#include "session/FileDialogs.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

SquarePage::SquarePage(QWidget *parent)
    : ToolPage(parent)
    , m_installedLabel(new QLabel(this))
    , m_installed(new QTableWidget(0, 5, this))
    , m_enable(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_fromFile(new QPushButton(this))
    , m_package(new QTextBrowser(this))
    , m_permissionsLabel(new QLabel(this))
    , m_permissions(new QListWidget(this))
    , m_install(new QPushButton(this))
    , m_error(errorLabel(this, u"squareError"_s))
{
    setObjectName(u"squarePage"_s);
    m_installed->setObjectName(u"squareInstalled"_s);
    m_enable->setObjectName(u"squareEnable"_s);
    m_disable->setObjectName(u"squareDisable"_s);
    m_remove->setObjectName(u"squareRemove"_s);
    m_fromFile->setObjectName(u"squareFromFile"_s);
    m_package->setObjectName(u"squarePackage"_s);
    m_permissions->setObjectName(u"squarePermissions"_s);
    m_install->setObjectName(u"squareInstall"_s);
    m_installed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_installed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_installed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_installed->verticalHeader()->hide();
    m_installed->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_installed->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_installedLabel);
    leftLayout->addWidget(m_installed, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enable);
    actions->addWidget(m_disable);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    leftLayout->addLayout(actions);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_fromFile, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_package, 2);
    rightLayout->addWidget(m_permissionsLabel);
    rightLayout->addWidget(m_permissions, 1);
    rightLayout->addWidget(m_install, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    contentLayout()->addWidget(splitter, 1);
    contentLayout()->addWidget(m_error);

    connect(m_installed, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !selectedId().isEmpty();
        m_enable->setEnabled(chosen);
        m_disable->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        if (auto done = setSelectedEnabled(true); !done)
            report(done.error());
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        if (auto done = setSelectedEnabled(false); !done)
            report(done.error());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto done = removeSelected(); !done)
            report(done.error());
    });
    connect(m_fromFile, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::openFileName(this, tr("Install a package"), QDir::homePath(), tr("Taxbox packages (*.tbx)"));
        if (!path.isEmpty())
            (void)preview(path);
    });
    connect(m_install, &QPushButton::clicked, this, [this] { (void)installPreviewed(); });
    retranslateUi();
    setSession(nullptr);
}

SquarePage::~SquarePage() = default;

void SquarePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ToolPage::changeEvent(event);
}

void SquarePage::retranslateUi()
{
    retranslateHeading();
    m_installedLabel->setText(tr("Installed"));
    m_installed->setHorizontalHeaderLabels({tr("Name"), tr("Version"), tr("Kind"), tr("State"), tr("Permissions granted")});
    m_enable->setText(tr("Enable"));
    m_disable->setText(tr("Disable"));
    m_remove->setText(tr("Remove"));
    m_fromFile->setText(tr("Install from file…"));
    m_permissionsLabel->setText(tr("It asks to (tick what you grant):"));
    m_install->setText(tr("Install"));
    if (!m_previewed)
        m_package->setHtml(u"<p>%1</p>"_s.arg(tr("Choose a package file to see who published it, what it is and what it asks "
                                                 "to do. It is checked before anything is installed.")
                                                  .toHtmlEscaped()));
    refresh();
}

QString SquarePage::root() const
{
    return m_session ? QDir(m_session->workspace().directory()).filePath(u"plugins"_s) : QString();
}

void SquarePage::setSession(auth::Session *session)
{
    m_session = session;
    m_previewed.reset();
    m_permissions->clear();
    m_context.revocations.reset();
    if (session) {
        // The keys this workspace trusts and the square's revocation list kept in it, when it verifies.
        auto checking = square::PluginStore(root()).checkingContext();
        if (!checking)
            report(checking.error());
        else
            m_context = *checking;
    }
    m_fromFile->setEnabled(session != nullptr);
    m_install->setEnabled(false);
    refresh();
}

void SquarePage::setContext(const square::Package::Context &context)
{
    const auto revocations = m_context.revocations;
    m_context = context;
    if (!m_context.revocations)
        m_context.revocations = revocations;
    refresh();
}

void SquarePage::refresh()
{
    const QString selected = selectedId();
    m_installed->setRowCount(0);
    if (!m_session)
        return;
    square::PluginStore store(root());
    const QString language = QLocale().name();
    for (const square::InstalledPlugin &plugin : store.list(m_context)) {
        const int row = m_installed->rowCount();
        m_installed->insertRow(row);
        auto *name = new QTableWidgetItem(
            plugin.manifest.displayName(language).isEmpty() ? plugin.manifest.id : plugin.manifest.displayName(language));
        name->setData(Qt::UserRole, plugin.manifest.id);
        name->setToolTip(plugin.manifest.id);
        m_installed->setItem(row, 0, name);
        m_installed->setItem(row, 1, new QTableWidgetItem(plugin.manifest.version));
        m_installed->setItem(row, 2,
                             new QTableWidgetItem(plugin.manifest.kind == u"native"    ? tr("Native plugin")
                                                      : plugin.manifest.kind == u"web" ? tr("Web plugin")
                                                                                       : tr("Content pack")));
        QString state = plugin.state == u"ok" ? tr("In use")
            : plugin.state == u"disabled"     ? tr("Disabled")
            : plugin.state == u"revoked"      ? tr("Revoked")
                                              : tr("Broken");
        if (!plugin.error.isEmpty())
            state += u"：%1"_s.arg(plugin.error);
        auto *stateItem = new QTableWidgetItem(state);
        if (plugin.state == u"revoked" || plugin.state == u"broken")
            stateItem->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_installed->setItem(row, 3, stateItem);
        QStringList granted; // a revoked or broken plugin is granted nothing, whatever was ticked
        if (plugin.state == u"ok" || plugin.state == u"disabled") {
            for (const QString &permission : plugin.granted)
                granted.append(square::permissionLabel(permission));
        }
        m_installed->setItem(row, 4, new QTableWidgetItem(granted.isEmpty() ? tr("Nothing") : granted.join(u"; "_s)));
    }
    if (!selected.isEmpty())
        select(selected);
    const bool chosen = !selectedId().isEmpty();
    m_enable->setEnabled(chosen);
    m_disable->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

bool SquarePage::select(const QString &id)
{
    for (int row = 0; row < m_installed->rowCount(); ++row) {
        if (m_installed->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_installed->selectRow(row);
            return true;
        }
    }
    return false;
}

QString SquarePage::selectedId() const
{
    for (const QTableWidgetItem *item : m_installed->selectedItems()) {
        if (item->column() == 0)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void SquarePage::report(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

Result<square::PackageManifest> SquarePage::preview(const QString &path)
{
    m_error->hide();
    m_previewed.reset();
    m_permissions->clear();
    m_install->setEnabled(false);
    auto package = square::Package::verify(path, m_context);
    if (!package) {
        m_package->setHtml(u"<p style=\"color:#b3261e\">%1</p>"_s.arg(package.error().message.toHtmlEscaped()));
        report(package.error());
        return std::unexpected(package.error());
    }
    const square::PackageManifest &m = package->manifest();
    const QString language = QLocale().name();
    const QString description = m.description.value(language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s);
    m_package->setHtml(u"<h3>%1 %2</h3><p>%3</p><p><b>%4</b> %5 · <b>%6</b> %7</p><p>%8</p>"_s.arg(
        m.displayName(language).toHtmlEscaped(), m.version.toHtmlEscaped(), m.id.toHtmlEscaped(),
        tr("Publisher:").toHtmlEscaped(), m.publisherName.toHtmlEscaped(), tr("Checked:").toHtmlEscaped(),
        tr("signed by its publisher and approved by the square; every file matches").toHtmlEscaped(),
        description.toHtmlEscaped()));
    for (const QString &permission : m.permissions) {
        auto *item = new QListWidgetItem(square::permissionLabel(permission), m_permissions);
        item->setData(Qt::UserRole, permission);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // nothing is granted unless the person ticks it
    }
    m_previewPath = path;
    m_previewed = m;
    m_install->setEnabled(true);
    return m;
}

Result<square::InstalledPlugin> SquarePage::installPreviewed()
{
    m_error->hide();
    if (!m_previewed || !m_session)
        return fail(u"nothing_chosen"_s, tr("Choose a package file first."));
    QStringList granted;
    for (int i = 0; i < m_permissions->count(); ++i) {
        if (m_permissions->item(i)->checkState() == Qt::Checked)
            granted.append(m_permissions->item(i)->data(Qt::UserRole).toString());
    }
    square::PluginStore store(root());
    auto installed = store.install(m_previewPath, granted, m_context);
    if (!installed) {
        report(installed.error());
        return installed;
    }
    m_previewed.reset();
    m_permissions->clear();
    m_install->setEnabled(false);
    refresh();
    select(installed->manifest.id);
    Q_EMIT statusMessage(
        tr("Installed %1 %2.").arg(installed->manifest.displayName(QLocale().name()), installed->manifest.version));
    Q_EMIT pluginsChanged();
    return installed;
}

Result<void> SquarePage::removeSelected()
{
    if (selectedId().isEmpty())
        return fail(u"nothing_chosen"_s, tr("Choose an installed package."));
    square::PluginStore store(root());
    auto removed = store.remove(selectedId());
    if (!removed)
        return removed;
    refresh();
    Q_EMIT pluginsChanged();
    return {};
}

Result<void> SquarePage::setSelectedEnabled(bool enabled)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return fail(u"nothing_chosen"_s, tr("Choose an installed package."));
    square::PluginStore store(root());
    auto done = store.setEnabled(id, enabled);
    if (!done)
        return done;
    refresh();
    select(id);
    Q_EMIT pluginsChanged();
    return {};
}

} // namespace taxbox::ui
