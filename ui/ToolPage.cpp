#include "ToolPage.h"

#include "Fonts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace taxbox::ui {

ToolPage::ToolPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    scaleFont(m_heading, 1.6, Weight::Bold);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(16);
    layout->addLayout(m_content);
    layout->addStretch(1);
}

void ToolPage::expandContent()
{
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->setStretchFactor(m_content, 1);
    outer->setStretch(outer->count() - 1, 0);
}

void ToolPage::retranslateHeading()
{
    m_heading->setText(title());
    m_subheading->setText(description());
}

} // namespace taxbox::ui
