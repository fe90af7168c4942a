#pragma once

#include <QByteArray>
#include <QString>

namespace tessera
{
    /// Overwrites the bytes of a buffer with zeros in a way the optimiser cannot remove, then
    /// clears it. Only the caller's own copy is wiped: call it on the last copy (a detached one).
    void wipe(QByteArray& bytes);
    void wipe(QString& text);
}
