#pragma once

#include <QFileDialog>
#include <QString>

namespace taxbox::ui {

/// Every file dialog of the app goes through here. In kiosk mode an allowed folder is set: dialogs
/// are Qt's own (not the platform's, which would offer the whole machine), start in that folder, are
/// pulled back when the visitor navigates out of it, and a path outside it is never returned.
class FileDialogs
{
public:
    /// Empty: no restriction (the desktop app).
    static void setAllowedFolder(const QString &folder);
    [[nodiscard]] static QString allowedFolder();
    /// True when `path` lies in the allowed folder (after resolving "..", symlinks where they exist).
    [[nodiscard]] static bool isAllowed(const QString &path);

    /// A dialog configured by the policy; the caller sets the mode and opens it.
    [[nodiscard]] static QFileDialog *create(QWidget *parent, const QString &caption, const QString &directory);
    /// A path the user chose, or empty (cancelled or outside the allowed folder).
    [[nodiscard]] static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);
    [[nodiscard]] static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                              const QString &filter);
    [[nodiscard]] static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                              const QString &filter);
};

} // namespace taxbox::ui
