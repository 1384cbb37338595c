








mod ser;






pub use ser::{serialize_into, Error};






    use serde::Serializer;
    use uuid::Uuid;











