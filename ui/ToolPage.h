#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace taxbox::ui {

/// A capability reachable from the toolbox home. Each page names itself (translated), chooses its
/// tile badge, and lays out its content below a common heading.
class ToolPage : public QWidget
{
    Q_OBJECT
public:
    explicit ToolPage(QWidget *parent = nullptr);

    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QString description() const = 0;
    [[nodiscard]] virtual QChar glyph() const = 0;
    [[nodiscard]] virtual QColor accent() const = 0;

protected:
    /// Layout that subclasses fill below the heading.
    [[nodiscard]] QVBoxLayout *contentLayout() const { return m_content; }
    /// The content takes all the height below the heading (a page that is one large view, as a web plugin's),
    /// instead of its natural height with the space left below it.
    void expandContent();
    /// Refreshes the heading; subclasses call it from their own retranslation.
    void retranslateHeading();

private:
    QLabel *m_heading;
    QLabel *m_subheading;
    QVBoxLayout *m_content;
};

} // namespace taxbox::ui
