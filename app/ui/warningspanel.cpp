#include "warningspanel.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace prognos {

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_clip(new QPushButton(tr("Clip the forecast at zero"), this))
{
    m_list->setWordWrap(true);
    m_clip->setToolTip(tr("Replace negative values of yhat and its interval by 0, since the "
                          "history was never negative."));
    m_clip->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_clip, 0, Qt::AlignLeft);
    connect(m_clip, &QPushButton::clicked, this, &WarningsPanel::clipRequested);
}

void WarningsPanel::setWarnings(const QStringList &warnings, bool offerClip)
{
    m_list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &warning : warnings)
        new QListWidgetItem(icon, warning, m_list);
    if (warnings.isEmpty())
        new QListWidgetItem(tr("No warnings."), m_list);
    m_clip->setVisible(offerClip);
}

int WarningsPanel::warningCount() const
{
    const int count = m_list->count();
    return count == 1 && m_list->item(0)->icon().isNull() ? 0 : count;
}

} // namespace prognos
