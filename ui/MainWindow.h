#pragma once

#include "base/Translations.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QGridLayout;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace taxbox::ui {

class AboutDialog;
class ToolPage;
class ToolTile;

/// The application window: a toolbox home with one tile per capability, the capability pages, menus
/// and a status bar. The language can be switched live; every widget retranslates itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `translations` must outlive the window; the language menu switches it and saves the choice.
    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);

    /// Opens the About dialog (window-modal, non-blocking) and returns it.
    AboutDialog *showAbout();
    void showHome();
    void showTool(ToolPage *page);

    [[nodiscard]] QList<ToolTile *> tiles() const { return m_tiles; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addTool(ToolPage *page);
    void createMenus();
    void retranslateUi();
    void chooseLanguage(const QString &code);

    Translations &m_translations;
    QStackedWidget *m_stack;
    QWidget *m_home;
    QLabel *m_homeHeading;
    QLabel *m_homeSubheading;
    QGridLayout *m_toolGrid; ///< one tile per capability, in registration order
    QToolButton *m_back;
    QLabel *m_versionLabel;
    QList<ToolPage *> m_pages;
    QList<ToolTile *> m_tiles;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace taxbox::ui
