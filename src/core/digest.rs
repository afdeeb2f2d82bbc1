//! A short, stable digest of bytes: FNV-1a, 64 bits, as 16 hex digits. The
//! one hash of the build's fingerprints (`data::fingerprint`), the views'
//! folder (`charts::views::folder`) and the precache's revisions
//! (`bin/precache`). Not cryptographic: it names versions, it guards nothing.

/// The digest of `bytes`, 16 lowercase hex digits.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_fnv1a_64() {
        assert_eq!(fnv1a(*b""), "cbf29ce484222325");
        assert_eq!(fnv1a(*b"a"), "af63dc4c8601ec8c");
        assert_ne!(fnv1a(*b"ab"), fnv1a(*b"ba"));
    }
}
