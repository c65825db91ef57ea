#include "SquarePage.h"

#include "ErrorLabel.h"
#include "auth/Workspace.h"
#include "session/FileDialogs.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
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
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_refreshCatalogue(new QPushButton(this))
    , m_catalogue(new QTableWidget(0, 5, this))
    , m_get(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_catalogueState(new QLabel(this))
{
    setObjectName(u"squarePage"_s);
    m_installed->setObjectName(u"squareInstalled"_s);
    m_enable->setObjectName(u"squareEnable"_s);
    m_disable->setObjectName(u"squareDisable"_s);
    m_remove->setObjectName(u"squareRemove"_s);
    m_fromFile->setObjectName(u"squareFromFile"_s);
    m_package->setObjectName(u"squarePackage"_s);
    m_permissions->setObjectName(u"squarePermissions"_s);
    m_permissions->setWordWrap(true);
    m_permissions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_install->setObjectName(u"squareInstall"_s);
    m_installed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_installed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_installed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_installed->verticalHeader()->hide();
    m_installed->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_installed->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setObjectName(u"squareTabs"_s);
    m_search->setObjectName(u"squareSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(u"squareCategory"_s);
    m_refreshCatalogue->setObjectName(u"squareRefresh"_s);
    m_catalogue->setObjectName(u"squareCatalogue"_s);
    m_get->setObjectName(u"squareGet"_s);
    m_progress->setObjectName(u"squareProgress"_s);
    m_catalogueState->setObjectName(u"squareCatalogueState"_s);
    m_catalogueState->setWordWrap(true);
    m_progress->hide();
    m_catalogue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogue->verticalHeader()->hide();
    m_catalogue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogue->horizontalHeader()->setStretchLastSection(true);

    auto *browse = new QWidget(this);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_category);
    searchRow->addWidget(m_refreshCatalogue);
    browseLayout->addLayout(searchRow);
    browseLayout->addWidget(m_catalogueState);
    browseLayout->addWidget(m_catalogue, 1);
    auto *getRow = new QHBoxLayout;
    getRow->addWidget(m_progress, 1);
    getRow->addWidget(m_get);
    browseLayout->addLayout(getRow);

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

    m_tabs->addTab(browse, QString());
    m_tabs->addTab(left, QString());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
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
    connect(m_refreshCatalogue, &QPushButton::clicked, this, &SquarePage::refreshCatalogue);
    connect(m_search, &QLineEdit::returnPressed, this, &SquarePage::refreshCatalogue);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { showCatalogue(); });
    connect(m_get, &QPushButton::clicked, this, &SquarePage::getSelected);
    connect(m_catalogue, &QTableWidget::itemSelectionChanged, this, [this] {
        const square::CatalogueEntry *entry = selectedEntry();
        updateGetButton();
        if (entry)
            showEntry(*entry);
    });
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
    m_tabs->setTabText(0, m_updates > 0 ? tr("Square (%n update(s))", nullptr, m_updates) : tr("Square"));
    m_tabs->setTabText(1, tr("Installed"));
    m_search->setPlaceholderText(tr("Search names, keywords or pinyin initials (e.g. fcs)"));
    m_refreshCatalogue->setText(tr("Search the square"));
    m_catalogue->setHorizontalHeaderLabels({tr("Name"), tr("Version"), tr("Publisher"), tr("Here"), tr("Size")});
    m_get->setText(tr("Get…"));
    if (m_category->count() == 0)
        m_category->addItem(tr("All categories"), QString());
    else
        m_category->setItemText(0, tr("All categories"));
    if (m_entries.isEmpty() && !m_busy)
        m_catalogueState->setText(tr("Sign in to the firm's server on the sync page, then search the square here. "
                                     "Offline, install a package file (Installed tab)."));
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
    m_installedVersions.clear();
    for (const square::InstalledPlugin &plugin : store.list(m_context)) {
        m_installedVersions.insert(plugin.manifest.id, plugin.manifest.version);
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
        else if (plugin.state == u"ok" && m_runtimeErrors.contains(plugin.manifest.id))
            state += u"：%1"_s.arg(m_runtimeErrors.value(plugin.manifest.id)); // it could not be opened
        if (m_contentNotes.contains(plugin.manifest.id))
            state += u"\n"_s + m_contentNotes.value(plugin.manifest.id);
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
    if (!m_entries.isEmpty())
        showCatalogue();
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
    // Its screenshots, read from the verified package and checked against their signed hashes.
    QList<QByteArray> images;
    for (const QString &screenshot : m.screenshots) {
        if (auto bytes = package->file(screenshot, square::kMaxScreenshotBytes))
            images.append(*bytes);
    }
    const QString shots = screenshotsHtml(m.id, images);
    m_package->setHtml(u"<h3>%1 %2</h3><p>%3</p><p><b>%4</b> %5 · <b>%6</b> %7</p><p>%8</p>%9"_s.arg(
        m.displayName(language).toHtmlEscaped(), m.version.toHtmlEscaped(), m.id.toHtmlEscaped(),
        tr("Publisher:").toHtmlEscaped(), m.publisherName.toHtmlEscaped(), tr("Checked:").toHtmlEscaped(),
        tr("signed by its publisher and approved by the square; every file matches").toHtmlEscaped(), description.toHtmlEscaped(),
        shots));
    Q_EMIT screenshotsShown(static_cast<int>(shots.count(u"<img"_s)));
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

namespace taxbox::ui {

namespace {

/// Runs `work` on a thread of its own and hands its result to `done` on the page's thread (when the page still
/// exists).
template<typename T> void inBackground(SquarePage *page, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<SquarePage> guard(page);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(work());
        QMetaObject::invokeMethod(qApp, [guard, result, done = std::move(done)] {
            if (guard)
                done(std::move(*result));
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? u"%1 MB"_s.arg(QLocale().toString(static_cast<double>(bytes) / (1024 * 1024), 'f', 1))
                                : u"%1 KB"_s.arg(std::max<qint64>(1, bytes / 1024));
}

} // namespace

void SquarePage::showEvent(QShowEvent *event)
{
    ToolPage::showEvent(event);
    if (m_entries.isEmpty() && !m_busy && m_session && m_access && m_access())
        refreshCatalogue();
}

void SquarePage::reloadContext()
{
    auto checking = square::PluginStore(root()).checkingContext();
    if (!checking) {
        report(checking.error());
        return;
    }
    const QString appVersion = m_context.appVersion;
    m_context.squareKeys = checking->squareKeys;
    m_context.revocations = checking->revocations;
    if (!appVersion.isEmpty())
        m_context.appVersion = appVersion;
}

void SquarePage::refreshCatalogue()
{
    m_error->hide();
    const auto access = m_access ? m_access() : std::nullopt;
    if (!access || !m_session) {
        report(Error{u"not_signed_in"_s, tr("Sign in to the firm's server on the sync page first."), u"server"_s});
        Q_EMIT catalogueFinished(false);
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_refreshCatalogue->setEnabled(false);
    m_catalogueState->setText(tr("Reading the square…"));
    const QString query = m_search->text().trimmed();
    const QString pluginsRoot = root();
    using Answer = Result<QList<square::CatalogueEntry>>;
    inBackground<Answer>(
        this,
        [access = *access, query, pluginsRoot]() -> Answer {
            const square::SquareClient client(access.options, access.login);
            // Trust first: the server's square key pinned (a changed one refused), its revocation list kept.
            square::PluginStore store(pluginsRoot);
            if (auto trusted = client.trustIn(store); !trusted)
                return std::unexpected(trusted.error());
            auto entries = client.catalogue(query);
            if (!entries)
                return entries;
            return square::SquareClient::newest(*entries);
        },
        [this](Answer answer) {
            m_busy = false;
            m_refreshCatalogue->setEnabled(true);
            if (!answer) {
                m_catalogueState->setText(tr("The square could not be read (below)."));
                report(answer.error());
                Q_EMIT catalogueFinished(false);
                return;
            }
            reloadContext();
            m_entries = *answer;
            const QString chosen = m_category->currentData().toString();
            QStringList categories;
            for (const square::CatalogueEntry &entry : std::as_const(m_entries)) {
                if (!entry.category.isEmpty() && !categories.contains(entry.category))
                    categories.append(entry.category);
            }
            categories.sort();
            {
                const QSignalBlocker blocker(m_category);
                while (m_category->count() > 1)
                    m_category->removeItem(1);
                for (const QString &category : std::as_const(categories))
                    m_category->addItem(category, category);
                m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
            }
            refresh();
            showCatalogue();
            Q_EMIT catalogueFinished(true);
        });
}

void SquarePage::showCatalogue()
{
    const QString category = m_category->currentData().toString();
    const QString language = QLocale().name();
    m_catalogue->setRowCount(0);
    m_updates = 0;
    for (const square::CatalogueEntry &entry : std::as_const(m_entries)) {
        const QString installed = m_installedVersions.value(entry.id);
        const bool update = !installed.isEmpty() && square::compareVersions(entry.version, installed) > 0;
        m_updates += update ? 1 : 0;
        if (!category.isEmpty() && entry.category != category)
            continue;
        const int row = m_catalogue->rowCount();
        m_catalogue->insertRow(row);
        auto *name = new QTableWidgetItem(entry.displayName(language));
        name->setData(Qt::UserRole, entry.id);
        name->setToolTip(entry.id);
        m_catalogue->setItem(row, 0, name);
        m_catalogue->setItem(row, 1, new QTableWidgetItem(entry.version));
        m_catalogue->setItem(row, 2, new QTableWidgetItem(entry.publisher));
        auto *here = new QTableWidgetItem(installed.isEmpty() ? tr("Not installed")
                                              : update        ? tr("%1 installed: update waiting").arg(installed)
                                                              : tr("Installed"));
        if (update)
            here->setForeground(QColor(0xe6, 0x51, 0x00));
        m_catalogue->setItem(row, 3, here);
        m_catalogue->setItem(row, 4, new QTableWidgetItem(sizeText(entry.size)));
    }
    m_catalogueState->setText(m_entries.isEmpty()
                                  ? tr("The square has nothing that matches.")
                                  : tr("%n package(s) in the square.", nullptr, static_cast<int>(m_entries.size())));
    m_tabs->setTabText(0, m_updates > 0 ? tr("Square (%n update(s))", nullptr, m_updates) : tr("Square"));
    updateGetButton();
}

void SquarePage::updateGetButton()
{
    // "Get" for what is not here, "Update" for a newer version; nothing to get for what is installed already.
    const square::CatalogueEntry *entry = selectedEntry();
    const QString installed = entry ? m_installedVersions.value(entry->id) : QString();
    const bool newer = entry && (installed.isEmpty() || square::compareVersions(entry->version, installed) > 0);
    m_get->setText(entry && !installed.isEmpty() && newer ? tr("Update…") : tr("Get…"));
    m_get->setEnabled(newer && !m_busy && m_session);
}

bool SquarePage::selectCatalogue(const QString &id)
{
    for (int row = 0; row < m_catalogue->rowCount(); ++row) {
        if (m_catalogue->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_catalogue->selectRow(row);
            return true;
        }
    }
    return false;
}

const square::CatalogueEntry *SquarePage::selectedEntry() const
{
    for (const QTableWidgetItem *item : m_catalogue->selectedItems()) {
        if (item->column() != 0)
            continue;
        for (const square::CatalogueEntry &entry : m_entries) {
            if (entry.id == item->data(Qt::UserRole).toString())
                return &entry;
        }
    }
    return nullptr;
}

void SquarePage::getSelected()
{
    m_error->hide();
    const square::CatalogueEntry *chosen = selectedEntry();
    const auto access = m_access ? m_access() : std::nullopt;
    if (!chosen || !access || m_busy || !m_session) {
        report(Error{u"nothing_chosen"_s, tr("Choose a package in the square (signed in to the server)."), u"package"_s});
        Q_EMIT downloadFinished(false);
        return;
    }
    m_busy = true;
    m_get->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    const square::CatalogueEntry entry = *chosen;
    const QString downloads = QDir(root()).filePath(u".downloads"_s);
    QPointer<QProgressBar> progress(m_progress);
    inBackground<Result<QString>>(
        this,
        [access = *access, entry, downloads, progress]() -> Result<QString> {
            const square::SquareClient client(access.options, access.login);
            return client.download(entry, downloads, [progress](qint64 received, qint64 total) {
                const int permille = total > 0 ? static_cast<int>(std::min<qint64>(1000, received * 1000 / total)) : 0;
                QMetaObject::invokeMethod(qApp, [progress, permille] {
                    if (progress)
                        progress->setValue(permille);
                });
                return true;
            });
        },
        [this](Result<QString> path) {
            m_busy = false;
            m_progress->hide();
            updateGetButton();
            if (!path) {
                report(path.error());
                Q_EMIT downloadFinished(false);
                return;
            }
            // The same check and the same grants as a file: nothing is installed until the person ticks and confirms.
            const bool shown = preview(*path).has_value();
            Q_EMIT downloadFinished(shown);
        });
}

void SquarePage::setRuntimeNotes(const QHash<QString, QString> &errors, const QHash<QString, QString> &contentNotes)
{
    m_runtimeErrors = errors;
    m_contentNotes = contentNotes;
    refresh();
}

QString SquarePage::screenshotsHtml(const QString &id, const QList<QByteArray> &images)
{
    QString html;
    int shown = 0;
    for (const QByteArray &bytes : images) {
        // Outside data: only PNG or JPEG, of a sane size, decoded within a memory limit, then made small.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setDecideFormatFromContent(true);
        const QByteArray format = reader.format();
        const QSize size = reader.size();
        if ((format != "png" && format != "jpeg") || size.isEmpty() || size.width() > 4096 || size.height() > 4096)
            continue;
        const QImage image = reader.read();
        if (image.isNull())
            continue;
        // As wide as the details pane allows (no sideways scrolling), at most 320 × 240.
        const int width = std::clamp(m_package->viewport()->width() - 24, 160, 320);
        const QImage small = image.width() > width || image.height() > 240
            ? image.scaled(width, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        const QUrl url(u"taxbox-shot:/%1/%2"_s.arg(id).arg(shown));
        m_package->document()->addResource(QTextDocument::ImageResource, url, small);
        html += u"<img src=\"%1\" width=\"%2\" height=\"%3\"> "_s.arg(url.toString()).arg(small.width()).arg(small.height());
        ++shown;
    }
    return html.isEmpty() ? QString() : u"<h4>%1</h4><p>%2</p>"_s.arg(tr("Screenshots").toHtmlEscaped(), html);
}

void SquarePage::showEntry(const square::CatalogueEntry &entry)
{
    const QString language = QLocale().name();
    QStringList permissions;
    for (const QString &permission : entry.permissions)
        permissions.append(u"<li>%1</li>"_s.arg(square::permissionLabel(permission).toHtmlEscaped()));
    const QString text = u"<h3>%1 %2</h3><p>%3</p><p><b>%4</b> %5 · %6</p><p>%7</p><ul>%8</ul>"_s.arg(
        entry.displayName(language).toHtmlEscaped(), entry.version.toHtmlEscaped(), entry.id.toHtmlEscaped(),
        tr("Publisher:").toHtmlEscaped(), entry.publisher.toHtmlEscaped(),
        tr("%n download(s)", nullptr, static_cast<int>(entry.downloads)).toHtmlEscaped(),
        entry.description.value(language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s).toHtmlEscaped(),
        permissions.join(QString()));
    m_package->setHtml(text);
    const auto access = m_access ? m_access() : std::nullopt;
    if (entry.screenshots.isEmpty() || !access)
        return;
    using Shots = QList<QByteArray>;
    inBackground<Shots>(
        this,
        [access = *access, entry]() -> Shots {
            const square::SquareClient client(access.options, access.login);
            Shots shots;
            for (int i = 0; i < std::min<qsizetype>(entry.screenshots.size(), 4); ++i) {
                if (auto bytes = client.screenshot(entry, i))
                    shots.append(*bytes); // one that fails its hash or does not arrive is left out
            }
            return shots;
        },
        [this, id = entry.id, version = entry.version, text](Shots shots) {
            const square::CatalogueEntry *still = selectedEntry();
            if (!still || still->id != id || still->version != version)
                return; // another package was chosen meanwhile
            const QString html = screenshotsHtml(id, shots);
            m_package->setHtml(text + html);
            Q_EMIT screenshotsShown(static_cast<int>(html.count(u"<img"_s)));
        });
}

} // namespace taxbox::ui
