import Testing

/// What the transcription of the Frontegg docs in `Specs/` holds, pinned so that a loader or
/// validation bug that drops an operation, a server or an enum value fails a test.
///
/// When the docs change and you change `Specs/` to match, this is the one place to update: the
/// tests that compare with it say which value differs.
enum FronteggTranscription {
    static let operationIds = [
        "addPhoneNumber", "authenticateApiToken", "disableAuthenticatorMfa", "generatePasswordResetToken",
        "getUserProfile", "inviteUser", "lockUser", "preDisableSmsMfa", "preVerifyPhoneNumber", "recoverMfa",
        "refreshApiToken", "unlockUser", "updateUserProfile", "verifyPhoneNumber",
    ]
    static let servers = ["eu", "us", "ca", "au", "custom"]
    static let groupCount = 36
    static let inviteProviderCount = 9

    /// The failure message of a test comparing the specs with `member`.
    static func advice(_ member: String, _ what: String) -> Comment {
        let text = "\(what) in Specs/ differ from the Frontegg transcription's: if you changed the specs on purpose, "
        return Comment(rawValue: text + "update FronteggTranscription.\(member) in Tests/SpecModelTests/FronteggTranscription.swift")
    }
}
