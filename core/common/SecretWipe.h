#pragma once

#include <QByteArray>
#include <QString>

namespace tessera
{
    /// Overwrites the bytes of a buffer with zeros in a way the optimiser cannot remove, then
    /// clears it. Only the caller's own copy is wiped: call it on the last copy (a detached one).
    void wipe(QByteArray& bytes);
    void wipe(QString& text);

    /// Zeroes a detached buffer in place and keeps its size (wipe() = zeroInPlace() + clear()).
    /// Returns false, touching nothing, when the buffer is shared with another owner.
    bool zeroInPlace(QByteArray& bytes);
}
