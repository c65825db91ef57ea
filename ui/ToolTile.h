#pragma once

#include <QAbstractButton>
#include <QColor>

class QLabel;

namespace taxbox::ui {

/// A card on the toolbox home: a coloured badge with a glyph, a title and a description. The texts
/// are word-wrapped labels in a layout, so the card grows to fit any language and font fallback.
class ToolTile : public QAbstractButton
{
    Q_OBJECT
public:
    ToolTile(QChar glyph, QColor accent, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &description);
    [[nodiscard]] QString title() const { return text(); }
    [[nodiscard]] QString description() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace taxbox::ui
