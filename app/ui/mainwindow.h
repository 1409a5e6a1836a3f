#pragma once

#include "appearance.h"

#include <QMainWindow>

#include <chrono>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoGroup;
class QFrame;

namespace prognos {

class ExportMenu;
class ImportPreviewDialog;
class ImportRunner;
struct ImportResult;
class IdleWatcher;
class PrivacyStatusDialog;
class SessionWidget;

/// The application window: one tab per open dataset, the menus, drag and drop of CSV files
/// and the run progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// How a file becomes a session.
    enum class Import {
        Direct,      ///< imported at once with what is detected (the sample, tests)
        WithPreview, ///< imported off the GUI thread, then shown in the import preview
    };

    /// Imports `bytes` into a new session tab titled `title`. Direct: false (after telling
    /// the user) when nothing usable was found. WithPreview: starts the import and returns
    /// true; the preview dialog opens the session when the user accepts it.
    bool openBytes(QByteArray bytes, const QString &title, Import mode = Import::Direct);
    /// Reads a file and imports it with the preview (File > Open, drops); files over the
    /// size limit of Preferences are refused unread.
    bool openFile(const QString &path);
    bool openSample();

    /// Whether a file is being imported in the background.
    bool isImporting() const;
    /// Stops the background import; the file's bytes are dropped.
    void cancelImport();
    /// The import preview on screen, or null.
    ImportPreviewDialog *importPreview() const { return m_preview; }

    /// Closes the session of tab `index`. Every way a session ends comes through here.
    void closeSession(int index);
    /// Closes every session (File > Clear All Data Now, the idle auto-clear, quitting).
    void clearAllSessions();

    SessionWidget *currentSession() const;
    SessionWidget *sessionAt(int index) const;
    int sessionCount() const;

    /// Edit > Undo and Edit > Redo, acting on the current tab's cleaning steps.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    /// The idle auto-clear; its durations follow Preferences until a test sets its own.
    IdleWatcher *idleWatcher() const { return m_idleWatcher; }
    /// Whether the warning that the idle auto-clear is coming is shown.
    bool isIdleWarningVisible() const;
    /// Reads Preferences again: limits, idle time and palette.
    void applyPreferences();
    /// Shows Help > Privacy Status (created on first use).
    PrivacyStatusDialog *showPrivacyStatus();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    QWidget *createIdleBanner();
    void createStatusBar();
    void connectSignals();
    void showOpenDialog();
    void applyPalette(Appearance::Palette palette);
    void updateActions();
    /// Makes a session of `result`; false (after telling the user) when it would pass the
    /// memory limit of a session.
    bool addSession(ImportResult result, const QString &title);
    void startImport(QByteArray bytes, const QString &title);
    void handleImportFinished(const ImportResult &result);
    void endImport();
    void handleRunState(bool running);
    void handleProgress(int value, int maximum);
    void showAbout();
    void showPreferences();
    void showRefusal(const QString &title, const QString &message);
    void showIdleWarning(std::chrono::milliseconds remaining);
    void clearAfterIdle();

    QStackedWidget *m_stack = nullptr;
    QFrame *m_idleBanner = nullptr;
    QLabel *m_idleLabel = nullptr;
    QLabel *m_welcome = nullptr;
    QTabWidget *m_sessions = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    ImportRunner *m_importer = nullptr;
    QByteArray m_importBytes; ///< the file being imported, until the preview takes it
    QString m_importTitle;
    ImportPreviewDialog *m_preview = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_loadSettingsAction = nullptr;
    QAction *m_saveSettingsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_crossValidateAction = nullptr;
    QAction *m_keepAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearAllAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_privacyStatusAction = nullptr;
    QActionGroup *m_paletteGroup = nullptr;
    ExportMenu *m_exportMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr; ///< the cleaning edits of the current tab
    IdleWatcher *m_idleWatcher = nullptr;
    PrivacyStatusDialog *m_privacyStatus = nullptr;
};

} // namespace prognos
