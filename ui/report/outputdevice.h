#pragma once

// Where the window and the report writers write a file: a QSaveFile for a
// regular (or new) file, so a failed or cancelled write leaves the old one
// as it was (a symbolic link is written through), and the path itself,
// opened in place, for a device, FIFO or this process's stream
// (/dev/null, /dev/stdout), which QSaveFile would replace with a file.

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace claimdesk::ui {

class OutputDevice {
public:
    explicit OutputDevice(const QString& path);

    bool open();
    QIODevice* device();
    // Finishes the write: renames a saved file into place, closes a stream.
    bool commit();
    // Gives up: a saved file is left as it was (a stream has had its bytes).
    void cancel();
    QString errorString() const;

private:
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_stream;
};

}  // namespace claimdesk::ui
