/// A list of objects for a context to hold: the objects, typed, for the program, and the same
/// list as a template value, made once, for the templates that read it many times.
public struct TemplateList<Element: TemplateObject>: RandomAccessCollection, Sendable {
    public let elements: [Element]
    /// The elements as an array value.
    public let templateValue: TemplateValue

    // Inlinable, so that it is compiled for each element type: the generic code looked up the
    // type's metadata for every list.
    @inlinable
    public init(_ elements: [Element]) {
        self.elements = elements
        templateValue = TemplateValue(elements)
    }

    @inlinable public var startIndex: Int { elements.startIndex }
    @inlinable public var endIndex: Int { elements.endIndex }
    @inlinable public subscript(position: Int) -> Element { elements[position] }
}

extension TemplateList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}
