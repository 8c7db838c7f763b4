use super::*;

fn paths(prefix: &str, v: &Value, out: &mut Vec<String>) {
    let Value::Object(m) = v else { return };
    if let Some(Value::Object(p)) = m.get("properties") {
        for (k, s) in p {
            let path = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            out.push(path.clone());
            paths(&path, s, out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(s) = m.get(key) {
            paths(prefix, s, out);
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(a)) = m.get(key) {
            for s in a {
                paths(prefix, s, out);
            }
        }
    }
}

#[test]
fn dump() {
    for k in kinds() {
        let mut out = Vec::new();
        paths("", &schema(k), &mut out);
        println!("{}: {}", k.id, out.join(" "));
    }
}

#[test]
fn print_one() {
    if let Ok(id) = std::env::var("SKEMA") {
        println!(
            "{}",
            serde_json::to_string_pretty(&schema(kind(&id).unwrap())).unwrap()
        );
    }
}
