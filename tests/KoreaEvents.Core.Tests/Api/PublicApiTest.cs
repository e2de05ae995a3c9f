using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;

namespace KoreaEvents.Core.Tests.Api;

/// <summary>
/// Locks the public API of KoreaEvents.Core: every public and protected type and member, written as a sorted text
/// listing (kind, full name, base type and interfaces, each member's signature with parameter names and nullability,
/// <c>[Obsolete]</c> marks, constants' and enum members' values) and compared with the approved listing
/// <c>Api/Snapshots/PublicApiTest.The_public_api_is_the_approved_one.verified.txt</c>. Any API change shows up as a
/// diff of that file: read it, then accept it with <c>tests/accept-snapshots.sh</c> (README, "Contributing").
/// </summary>
public class PublicApiTest
{
    private static readonly Assembly Library = typeof(SeedCorpus).Assembly;
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        SnapshotAssert.Text(PublicApi.Listing(Library));
    }

    [Fact]
    public void The_listing_is_deterministic()
    {
        Assert.Equal(PublicApi.Listing(Library), PublicApi.Listing(Library));
    }

    /// <summary>
    /// The compiler already fails the build on a public member without XML docs (CS1591 with warnings as errors);
    /// this keeps that true if the build settings change, by reading the documentation file the build wrote.
    /// </summary>
    [Fact]
    public void Every_public_type_and_member_has_xml_documentation()
    {
        var xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"No documentation file {xmlPath}: GenerateDocumentationFile must stay on.");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        var ids = PublicApi.DocumentationIds(Library).ToList();
        Assert.Contains("M:KoreaEvents.Core.SeedCorpus.Get(System.String)", ids);   // the ids are written as the compiler writes them
        var missing = ids.Where(id => !documented.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Public API without XML documentation:\n" + string.Join('\n', missing));
    }

    /// <summary>Writes the listing. Internal to the tests; nothing here is part of the library.</summary>
    internal static class PublicApi
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
            | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static string Listing(Assembly assembly)
        {
            var builder = new StringBuilder();
            builder.Append("// The public API of ").Append(assembly.GetName().Name).Append(" (tests/KoreaEvents.Core.Tests/Api/PublicApiTest.cs).\n");
            foreach (var type in ApiTypes(assembly))
            {
                builder.Append('\n').Append(TypeHeader(type)).Append('\n');
                // By member name (constructors first), then by signature: overloads stay together.
                foreach (var (_, line) in Members(type).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal))
                {
                    builder.Append("    ").Append(line).Append('\n');
                }
            }

            return builder.ToString();
        }

        public static IEnumerable<Type> ApiTypes(Assembly assembly) =>
            assembly.GetTypes().Where(IsApi).OrderBy(t => t.FullName, StringComparer.Ordinal);

        public static IEnumerable<string> DocumentationIds(Assembly assembly)
        {
            foreach (var type in ApiTypes(assembly))
            {
                yield return "T:" + DocName(type);
                if (type.IsSubclassOf(typeof(Delegate)))
                {
                    continue;
                }

                foreach (var member in ApiMembers(type))
                {
                    // Records' compiler-written members (Equals, ToString, Deconstruct, the copy constructor …) and
                    // enum-free default constructors have no source to document: the compiler does not ask for docs.
                    if (IsImplicit(member))
                    {
                        continue;
                    }

                    yield return member switch
                    {
                        ConstructorInfo c => $"M:{DocName(type)}.#ctor{DocParameters(c.GetParameters())}",
                        MethodInfo m => $"M:{DocName(type)}.{m.Name}{(m.IsGenericMethodDefinition ? "``" + m.GetGenericArguments().Length : "")}{DocParameters(m.GetParameters())}"
                            + (m.Name is "op_Implicit" or "op_Explicit" ? "~" + DocTypeName(m.ReturnType) : ""),
                        PropertyInfo p => $"P:{DocName(type)}.{p.Name}{DocParameters(p.GetIndexParameters())}",
                        FieldInfo f => $"F:{DocName(type)}.{f.Name}",
                        EventInfo e => $"E:{DocName(type)}.{e.Name}",
                        _ => throw new InvalidOperationException(member.ToString()),
                    };
                }
            }
        }

        private static bool IsImplicit(MemberInfo member)
        {
            var type = member.DeclaringType!;
            bool isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && IsRecordStruct(type));
            if (member is ConstructorInfo ctor)
            {
                // A parameterless constructor may be the implicit one, and a record's copy constructor is the compiler's.
                return ctor.GetParameters().Length == 0 || (isRecord && ctor.GetParameters() is [var only] && only.ParameterType == type);
            }

            if (type.IsEnum && member is FieldInfo { Name: "value__" })
            {
                return true;
            }

            if (!isRecord)
            {
                return false;
            }

            return member is MethodInfo { Name: "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct" or "op_Equality" or "op_Inequality" }
                || member is PropertyInfo { Name: "EqualityContract" };
        }

        private static bool IsRecordStruct(Type type) =>
            type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

        private static bool IsApi(Type type)
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains('<', StringComparison.Ordinal))
            {
                return false;
            }

            if (type.DeclaringType is null)
            {
                return type.IsPublic;
            }

            return (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !type.DeclaringType.IsSealed))
                && IsApi(type.DeclaringType);
        }

        private static bool IsVisible(MethodBase? method) =>
            method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly)
            && !(method.IsFamily && method.DeclaringType!.IsSealed);

        private static IEnumerable<MemberInfo> ApiMembers(Type type)
        {
            foreach (var member in type.GetMembers(Declared))
            {
                if (member.IsDefined(typeof(CompilerGeneratedAttribute), false) || member.Name.Contains('<', StringComparison.Ordinal))
                {
                    continue;
                }

                bool visible = member switch
                {
                    MethodInfo m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal) ? IsVisible(m) : false,
                    ConstructorInfo c => !c.IsStatic && IsVisible(c),
                    PropertyInfo p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod),
                    EventInfo e => IsVisible(e.AddMethod),
                    FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
                    _ => false, // nested types are listed as types of their own
                };
                if (visible)
                {
                    yield return member;
                }
            }
        }

        private static IEnumerable<(string Name, string Line)> Members(Type type)
        {
            if (type.IsSubclassOf(typeof(MulticastDelegate)))
            {
                yield break;
            }

            if (type.IsEnum)
            {
                var underlying = Enum.GetUnderlyingType(type);
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    yield return (field.Name, $"{Obsolete(field)}{field.Name} = {Convert.ToString(Convert.ChangeType(field.GetRawConstantValue(), underlying, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}");
                }

                yield break;
            }

            foreach (var member in ApiMembers(type))
            {
                yield return (member is ConstructorInfo ? "" : member.Name, Obsolete(member) + member switch
                {
                    ConstructorInfo c => $"{Access(c)}ctor({Parameters(c.GetParameters())})",
                    MethodInfo m => Method(m),
                    PropertyInfo p => Property(p),
                    EventInfo e => $"{Access(e.AddMethod!)}{Modifiers(e.AddMethod!)}event {Name(e.EventHandlerType!, Nullability.Create(e))} {e.Name}",
                    FieldInfo f => Field(f),
                    _ => throw new InvalidOperationException(member.ToString()),
                });
            }
        }

        private static string TypeHeader(Type type)
        {
            var builder = new StringBuilder(Obsolete(type));
            if (type.IsDefined(typeof(FlagsAttribute), false))
            {
                builder.Append("[Flags] ");
            }

            if (type.IsNestedFamily || type.IsNestedFamORAssem)
            {
                builder.Append("protected ");
            }

            bool isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && !type.IsEnum && IsRecordStruct(type));
            if (type.IsEnum)
            {
                builder.Append("enum ");
            }
            else if (type.IsInterface)
            {
                builder.Append("interface ");
            }
            else if (type.IsSubclassOf(typeof(MulticastDelegate)))
            {
                var invoke = type.GetMethod("Invoke")!;
                return builder.Append("delegate ").Append(Name(invoke.ReturnType, Nullability.Create(invoke.ReturnParameter)))
                    .Append(' ').Append(FullName(type)).Append('(').Append(Parameters(invoke.GetParameters())).Append(')').ToString();
            }
            else if (type.IsValueType)
            {
                if (type.IsDefined(typeof(IsReadOnlyAttribute), false))
                {
                    builder.Append("readonly ");
                }

                builder.Append(isRecord ? "record struct " : "struct ");
            }
            else
            {
                builder.Append(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "");
                builder.Append(isRecord ? "record " : "class ");
            }

            builder.Append(FullName(type));
            if (type.IsEnum)
            {
                return builder.Append(" : ").Append(Name(Enum.GetUnderlyingType(type), null)).ToString();
            }

            var bases = new List<string>();
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
            {
                bases.Add(Name(baseType, null));
            }

            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i, null)).Order(StringComparer.Ordinal));
            if (bases.Count > 0)
            {
                builder.Append(" : ").Append(string.Join(", ", bases));
            }

            return builder.Append(Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])).ToString();
        }

        private static string Method(MethodInfo method)
        {
            var generics = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            bool extension = method.IsDefined(typeof(ExtensionAttribute), false);
            var parameters = Parameters(method.GetParameters());
            return $"{Access(method)}{Modifiers(method)}{Name(method.ReturnType, Nullability.Create(method.ReturnParameter))} {method.Name}{generics}({(extension ? "this " : "")}{parameters})"
                + Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
        }

        private static string Property(PropertyInfo property)
        {
            var accessor = property.GetMethod ?? property.SetMethod!;
            var accessors = new StringBuilder(" {");
            if (IsVisible(property.GetMethod))
            {
                accessors.Append(property.GetMethod!.IsFamily && !accessor.IsFamily ? " protected get;" : " get;");
            }

            if (IsVisible(property.SetMethod))
            {
                bool init = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                accessors.Append(property.SetMethod.IsFamily && !accessor.IsFamily ? " protected" : "").Append(init ? " init;" : " set;");
            }

            accessors.Append(" }");
            var index = property.GetIndexParameters();
            var name = index.Length > 0 ? $"this[{Parameters(index)}]" : property.Name;
            var required = property.IsDefined(typeof(RequiredMemberAttribute), false) ? "required " : "";
            return $"{Access(accessor)}{required}{Modifiers(accessor)}{Name(property.PropertyType, Nullability.Create(property))} {name}{accessors}";
        }

        private static string Field(FieldInfo field)
        {
            var access = field.IsFamily || field.IsFamilyOrAssembly ? "protected " : "";
            var type = Name(field.FieldType, Nullability.Create(field));
            if (field.IsLiteral)
            {
                return $"{access}const {type} {field.Name} = {Literal(field.GetRawConstantValue())}";
            }

            var modifiers = (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            return $"{access}{modifiers}{type} {field.Name}";
        }

        private static string Access(MethodBase method) => method.IsFamily || method.IsFamilyOrAssembly ? "protected " : "";

        private static string Modifiers(MethodBase method)
        {
            if (method.IsStatic)
            {
                return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
            }

            if (method.DeclaringType!.IsInterface)
            {
                return method.IsAbstract ? "" : "virtual ";
            }

            if (method.IsAbstract)
            {
                return "abstract ";
            }

            if (method is MethodInfo info && method.IsVirtual && !method.IsFinal)
            {
                return info.GetBaseDefinition() != info ? "override " : "virtual ";
            }

            if (method is MethodInfo sealedInfo && method.IsVirtual && method.IsFinal && sealedInfo.GetBaseDefinition() != sealedInfo
                && sealedInfo.GetBaseDefinition().DeclaringType is { IsInterface: false })
            {
                return "sealed override ";
            }

            return "";
        }

        private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(Parameter));

        private static string Parameter(ParameterInfo parameter)
        {
            var builder = new StringBuilder();
            var type = parameter.ParameterType;
            if (type.IsByRef)
            {
                builder.Append(parameter.IsOut ? "out " : parameter.IsIn || parameter.IsDefined(typeof(IsReadOnlyAttribute), false) ? "in " : "ref ");
            }
            else if (parameter.IsDefined(typeof(ParamArrayAttribute), false) || parameter.IsDefined(typeof(ParamCollectionAttribute), false))
            {
                builder.Append("params ");
            }

            builder.Append(Name(type, Nullability.Create(parameter))).Append(' ').Append(parameter.Name);
            if (parameter.HasDefaultValue)
            {
                builder.Append(" = ").Append(Literal(parameter.RawDefaultValue, type));
            }

            return builder.ToString();
        }

        private static string Constraints(Type[] arguments)
        {
            var builder = new StringBuilder();
            foreach (var argument in arguments)
            {
                var constraints = new List<string>();
                var attributes = argument.GenericParameterAttributes;
                if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
                {
                    constraints.Add("struct");
                }
                else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
                {
                    constraints.Add("class");
                }

                constraints.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => Name(c, null)).Order(StringComparer.Ordinal));
                if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
                {
                    constraints.Add("new()");
                }

                if (constraints.Count > 0)
                {
                    builder.Append(" where ").Append(argument.Name).Append(" : ").Append(string.Join(", ", constraints));
                }
            }

            return builder.ToString();
        }

        private static string Obsolete(MemberInfo member) =>
            member.GetCustomAttribute<ObsoleteAttribute>(false) is { } obsolete
                ? $"[Obsolete({(obsolete.Message is null ? "" : Literal(obsolete.Message))}{(obsolete.IsError ? ", error" : "")})] "
                : "";

        private static string Literal(object? value, Type? type = null)
        {
            type = type?.IsByRef == true ? type.GetElementType() : type;
            var underlying = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
            if (value is not null && underlying is { IsEnum: true })
            {
                var name = Enum.GetName(underlying, value);
                return name is null ? $"({FullName(underlying)}){value}" : $"{FullName(underlying)}.{name}";
            }

            return value switch
            {
                null => type is { IsValueType: true } && Nullable.GetUnderlyingType(type) is null ? "default" : "null",
                string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"",
                char c => $"'{c}'",
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
        }

        private static string FullName(Type type)
        {
            var name = type.IsNested ? FullName(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
            var tick = name.LastIndexOf('`');
            if (tick >= 0)
            {
                name = name[..tick];
            }

            if (type.IsGenericTypeDefinition)
            {
                var own = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0);
                name += "<" + string.Join(", ", own.Select(a => a.Name)) + ">";
            }

            return name;
        }

        /// <summary>A type as C# writes it, with <c>?</c> where the nullability annotations say it may be null.</summary>
        private static string Name(Type type, NullabilityInfo? nullability)
        {
            if (type.IsByRef)
            {
                return Name(type.GetElementType()!, nullability?.ElementType ?? nullability);
            }

            if (type.IsArray)
            {
                return Name(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]"
                    + (nullability?.ReadState == NullabilityState.Nullable ? "?" : "");
            }

            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return Name(inner, null) + "?";
            }

            if (type.IsGenericParameter)
            {
                return type.Name + (nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "");
            }

            string name = Keyword(type) ?? (type.IsGenericType ? GenericName(type, nullability) : type.IsNested ? Name(type.DeclaringType!, null) + "." + type.Name : type.Namespace + "." + type.Name);
            return name + (!type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : "");
        }

        private static string GenericName(Type type, NullabilityInfo? nullability)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition.FullName is { } fullName && fullName.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            {
                return "(" + string.Join(", ", arguments.Select((a, i) => Name(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i)))) + ")";
            }

            var name = FullName(definition);
            name = name[..name.IndexOf('<', StringComparison.Ordinal)];
            return name + "<" + string.Join(", ", arguments.Select((a, i) => Name(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i)))) + ">";
        }

        private static string? Keyword(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.SByte => "sbyte",
            TypeCode.Char => "char",
            TypeCode.Int16 => "short",
            TypeCode.UInt16 => "ushort",
            TypeCode.Int32 => "int",
            TypeCode.UInt32 => "uint",
            TypeCode.Int64 => "long",
            TypeCode.UInt64 => "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            _ => type == typeof(object) ? "object" : type == typeof(void) ? "void" : null,
        };

        // XML documentation ids (ECMA-334 annex D), for the documentation check.
        private static string DocName(Type type) =>
            (type.IsNested ? DocName(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name);

        private static string DocParameters(ParameterInfo[] parameters) =>
            parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => DocTypeName(p.ParameterType))) + ")";

        private static string DocTypeName(Type type)
        {
            if (type.IsByRef)
            {
                return DocTypeName(type.GetElementType()!) + "@";
            }

            if (type.IsArray)
            {
                return DocTypeName(type.GetElementType()!) + (type.GetArrayRank() == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", type.GetArrayRank())) + "]");
            }

            if (type.IsGenericParameter)
            {
                return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
            }

            if (type.IsGenericType)
            {
                var definition = type.GetGenericTypeDefinition();
                var name = definition.IsNested ? DocTypeName(definition.DeclaringType!) + "." + definition.Name : definition.Namespace + "." + definition.Name;
                return name[..name.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(DocTypeName)) + "}";
            }

            return type.IsNested ? DocTypeName(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        }
    }
}
