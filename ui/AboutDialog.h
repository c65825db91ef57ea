#pragma once

#include <QDialog>

namespace taxbox::ui {

/// Help ▸ About: product, version and the versions of the libraries actually loaded.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace taxbox::ui
