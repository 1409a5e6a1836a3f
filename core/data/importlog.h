#pragma once

#include <QLoggingCategory>

/// Logging category of the import and cleaning module. Messages never contain data values,
/// file names or paths above debug level.
Q_DECLARE_LOGGING_CATEGORY(lcImport)
