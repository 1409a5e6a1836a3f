#pragma once

#include <QDialog>

class QTimer;
class QTreeWidget;

namespace prognos {

class MainWindow;

/// Help > Privacy Status: live checks of what the application promises, refreshed every
/// second while shown: core dumps disabled, memory locked out of swap, the files written in
/// this session (only exports), no network, and each open session with its memory.
class PrivacyStatusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrivacyStatusDialog(MainWindow *window);

    /// Checks everything again.
    void refresh();
    /// The checks as shown, one "check: status" line each (for tests).
    QStringList lines() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addCheck(const QString &check, const QString &status, bool good);
    void addDetail(const QString &detail);
    void addHardening();
    void addLockedMemory();
    void addWrittenFiles();
    void addNetwork();
    void addSessions();

    MainWindow *m_window = nullptr;
    QTreeWidget *m_checks = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace prognos
