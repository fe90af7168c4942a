#pragma once

#include "SecureBytes.h"

#include <QByteArrayView>
#include <QHash>
#include <QUuid>

#include <cstddef>

namespace tessera
{
    /// Every decrypted account record of an unlocked vault, in ONE guarded allocation.
    ///
    /// Guarded memory (SecureBytes) costs a few memory mappings per allocation, and the kernel
    /// allows about 65,000 mappings per process: one allocation per account would fail near
    /// 16,000 accounts. The arena keeps records back to back in a single region that grows by
    /// copying into a larger one (two regions exist only for the moment of the copy), wipes a
    /// record's bytes as soon as it is replaced or removed, and compacts when half of it is free.
    class RecordArena
    {
    public:
        RecordArena() = default;
        RecordArena(RecordArena&&) noexcept = default;
        RecordArena& operator=(RecordArena&&) noexcept = default;
        RecordArena(const RecordArena&) = delete;
        RecordArena& operator=(const RecordArena&) = delete;

        /// Room for `bytes` more bytes of records without growing (one allocation for a whole unlock).
        void reserve(std::size_t bytes);

        /// Writable space of `size` bytes for the next record, valid until the next call that
        /// changes the arena. Finish with commitRecord() or abandonRecord().
        [[nodiscard]] unsigned char* beginRecord(std::size_t size);
        /// Makes the first `size` bytes of the space from beginRecord() the record of `id`,
        /// replacing (and wiping) any previous record of that id.
        void commitRecord(const QUuid& id, std::size_t size);
        /// Wipes the space from beginRecord().
        void abandonRecord();

        /// A copy of `bytes` as the record of `id`.
        void put(const QUuid& id, QByteArrayView bytes);

        /// The record's bytes (valid until the next change to the arena), or an empty view.
        [[nodiscard]] QByteArrayView record(const QUuid& id) const;
        [[nodiscard]] bool contains(const QUuid& id) const;
        void remove(const QUuid& id);
        /// Wipes and frees everything.
        void clear();

        [[nodiscard]] qsizetype recordCount() const { return m_records.size(); }
        [[nodiscard]] std::size_t liveBytes() const { return m_end - m_garbage; }
        [[nodiscard]] std::size_t capacity() const { return m_buffer.size(); }

    private:
        struct Slice
        {
            std::size_t offset = 0;
            std::size_t size = 0;
        };

        void ensureFree(std::size_t bytes);
        void relocate(std::size_t newCapacity);
        void wipeRange(std::size_t offset, std::size_t size);
        void compactIfWasteful();

        SecureBytes m_buffer;
        std::size_t m_end = 0;     ///< bytes in use, including garbage
        std::size_t m_garbage = 0; ///< wiped bytes of removed or replaced records
        std::size_t m_pending = 0; ///< size asked for by beginRecord(), 0 when none
        QHash<QUuid, Slice> m_records;
    };
}
