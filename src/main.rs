fn main() {
    belarus_reader::start();
}
