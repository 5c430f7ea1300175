#include "ui/report/outputdevice.h"

#include "core/export/outputfile.h"

namespace claimdesk::ui {

OutputDevice::OutputDevice(const QString& path) {
    if (exporting::writesInPlace(path.toStdString()))
        m_stream = std::make_unique<QFile>(path);
    else
        m_save = std::make_unique<QSaveFile>(path);
}

bool OutputDevice::open() {
    // Append: a device or pipe has nothing to truncate, and a shell's `>>`
    // behind /dev/stdout keeps what it holds.
    return m_stream ? m_stream->open(QIODevice::WriteOnly | QIODevice::Append) : m_save->open(QIODevice::WriteOnly);
}

QIODevice* OutputDevice::device() { return m_stream ? static_cast<QIODevice*>(m_stream.get()) : m_save.get(); }

bool OutputDevice::commit() {
    if (!m_stream)
        return m_save->commit();
    const bool flushed = m_stream->flush();
    m_stream->close();
    return flushed && m_stream->error() == QFileDevice::NoError;
}

void OutputDevice::cancel() {
    if (m_stream)
        m_stream->close();
    else
        m_save->cancelWriting();
}

QString OutputDevice::errorString() const { return m_stream ? m_stream->errorString() : m_save->errorString(); }

}  // namespace claimdesk::ui
