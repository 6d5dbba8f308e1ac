import Foundation

extension UUID {
    /// The UUID whose 16 bytes are those of `high` then `low`, most significant first, as a
    /// `string(uuid)` default is written: `UUID(0x123E4567_E89B12D3, 0xA4564266_14174000)` is
    /// `123e4567-e89b-12d3-a456-426614174000`. Unlike `UUID(uuidString:)`, it cannot fail.
    ///
    /// - Parameters:
    ///   - high: The first eight bytes.
    ///   - low: The last eight bytes.
    public init(_ high: UInt64, _ low: UInt64) {
        func byte(_ half: UInt64, _ index: Int) -> UInt8 {
            UInt8(truncatingIfNeeded: half >> (56 - 8 * index))
        }
        self.init(
            uuid: (
                byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3),
                byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
                byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3),
                byte(low, 4), byte(low, 5), byte(low, 6), byte(low, 7)
            ))
    }
}
