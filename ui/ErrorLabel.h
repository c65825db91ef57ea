#pragma once

#include <QLabel>

namespace taxbox::ui {

/// The label under a form that says what is wrong: red, word-wrapped, hidden until there is something to say.
inline QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace taxbox::ui
