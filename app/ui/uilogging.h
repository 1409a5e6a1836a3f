#pragma once

#include <QLoggingCategory>

// The logging category of the desktop application. Messages never carry data values, file
// names or paths (issue #7).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
