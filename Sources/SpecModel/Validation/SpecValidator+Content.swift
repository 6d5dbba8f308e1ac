extension SpecValidator {
    /// A request body: its type, and a content type the generator can honour for that type.
    mutating func checkBody(_ body: BodySpec, owner: @autoclosure () -> String) {
        checkType(body.type, at: body.typeSource)
        guard let kind = mediaKind(body.contentType, at: body.contentTypeSource ?? body.source, of: "the body of \(owner())")
        else { return }
        checkContent(kind, contentType: body.contentType, type: body.type, at: body.typeSource, what: "the body of \(owner())")
    }

    /// A response body: JSON, text or bytes; a form or parts cannot be read back.
    mutating func checkResponseContent(_ response: ResponseSpec, owner: @autoclosure () -> String) {
        let what = "the \(response.status) response of \(owner())"
        let source = response.contentTypeSource ?? response.source
        guard let body = response.body, let bodySource = response.bodySource else {
            if let contentTypeSource = response.contentTypeSource {
                error("\(what) has a 'contentType' but no 'body'", at: contentTypeSource)
            }
            return
        }
        guard let kind = mediaKind(response.contentType, at: source, of: what) else { return }
        switch kind {
        case .form, .multipart:
            error(
                "\(what) is '\(response.contentType)', which the client cannot read; a response body may be JSON, text or bytes",
                at: source)
        case .json, .text, .binary:
            checkContent(kind, contentType: response.contentType, type: body, at: bodySource, what: what)
        }
    }

    /// The kind of a content type, or nil (reported) when it is not a media type.
    private mutating func mediaKind(_ contentType: String, at source: SourceRef, of what: String) -> MediaKind? {
        guard let kind = MediaKind(contentType: contentType) else {
            error("'contentType' of \(what) is '\(contentType)', not a media type such as 'application/json'", at: source)
            return nil
        }
        return kind
    }

    /// Whether a body of `type` can travel as `kind`.
    private mutating func checkContent(
        _ kind: MediaKind, contentType: String, type: TypeExpression, at source: SourceRef, what: String
    ) {
        switch kind {
        case .json:
            break
        case .form, .multipart:
            if case .model(let name) = type, let index = modelIndexes[name] {
                if case .object = models[index].shape { return }
            } else if case .model = type {
                return  // An unknown model is reported on its own.
            }
            error(
                "\(what) is '\(contentType)', sent as an object's fields, so it needs 'properties:' or an object model, not '\(type)'",
                at: source)
        case .text:
            if !type.isText {
                error("\(what) is '\(contentType)', which is text, so its type must be 'string', not '\(type)'", at: source)
            }
        case .binary:
            if type != .string(format: .binary) {
                error(
                    "\(what) is '\(contentType)', which is bytes, so its type must be 'string(binary)', not '\(type)'",
                    at: source)
            }
        }
    }
}
