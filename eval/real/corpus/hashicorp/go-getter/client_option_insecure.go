


package getter













