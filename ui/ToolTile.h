#pragma once

#include <QAbstractButton>
#include <QColor>

namespace taxbox::ui {

/// A card on the toolbox home: a coloured badge with a glyph, a title and a one-line description.
class ToolTile : public QAbstractButton
{
    Q_OBJECT
public:
    ToolTile(QChar glyph, QColor accent, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &description);
    [[nodiscard]] QString title() const { return text(); }
    [[nodiscard]] QString description() const { return m_description; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    [[nodiscard]] QFont titleFont() const;

    QChar m_glyph;
    QColor m_accent;
    QString m_description;
    bool m_hovered = false;
};

} // namespace taxbox::ui
