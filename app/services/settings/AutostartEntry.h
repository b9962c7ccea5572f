#pragma once

#include <QString>

namespace footcoach {

// The XDG autostart entry that starts FootCoach in the background at login.
class AutostartEntry {
public:
    // dataDir: passed on with --data-dir when it is not the default one.
    explicit AutostartEntry(QString dataDir = {});

    QString path() const;
    bool isEnabled() const;
    // Writes or removes the entry. Returns false with a message when the file cannot be written.
    bool setEnabled(bool enabled, QString* error = nullptr) const;

private:
    QString m_dataDir;
};

} // namespace footcoach
