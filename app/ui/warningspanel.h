#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace prognos {

/// What the user should know about a forecast: the engine's warnings, the session's own
/// checks, and an offer to clip negative forecasts of a series that was never negative.
class WarningsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget *parent = nullptr);

    /// Lists `warnings`; shows the Clip button when `offerClip`.
    void setWarnings(const QStringList &warnings, bool offerClip);
    int warningCount() const;

signals:
    void clipRequested();

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_clip = nullptr;
};

} // namespace prognos
