#pragma once

#include "appearance.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace prognos {

class ExportMenu;
class SessionWidget;

/// The application window: one tab per open dataset, the menus, drag and drop of CSV files
/// and the run progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Files above this size are refused before they are read (issue #7 makes it a
    /// preference).
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports `bytes` into a new session tab titled `title`; false (after telling the user)
    /// when nothing usable was found.
    bool openBytes(QByteArray bytes, const QString &title);
    bool openFile(const QString &path);
    bool openSample();

    /// Closes the session of tab `index`. Every way a session ends comes through here.
    void closeSession(int index);

    SessionWidget *currentSession() const;
    int sessionCount() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void createStatusBar();
    void connectSignals();
    void showOpenDialog();
    void applyPalette(Appearance::Palette palette);
    void updateActions();
    void handleRunState(bool running);
    void handleProgress(int value, int maximum);
    void showAbout();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    QTabWidget *m_sessions = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_loadSettingsAction = nullptr;
    QAction *m_saveSettingsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_crossValidateAction = nullptr;
    QAction *m_keepAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_paletteGroup = nullptr;
    ExportMenu *m_exportMenu = nullptr;
};

} // namespace prognos
